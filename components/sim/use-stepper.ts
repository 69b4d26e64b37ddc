'use client';

import { type KeyboardEvent, useCallback, useState } from 'react';

/** Stepping through a trace: forward, back, start and end, by buttons or arrow keys. */
export function useStepper(count: number, start = 0) {
  const [index, setIndex] = useState(Math.min(start, Math.max(0, count - 1)));
  const go = useCallback((i: number) => setIndex(Math.max(0, Math.min(count - 1, i))), [count]);
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => go(index + 1),
      ArrowLeft: () => go(index - 1),
      Home: () => go(0),
      End: () => go(count - 1),
    };
    const action = keys[event.key];
    if (!action || (event.target as HTMLElement).closest('select, input, textarea')) return;
    event.preventDefault();
    action();
  };
  return { index, go, onKeyDown, atStart: index === 0, atEnd: index >= count - 1 };
}
