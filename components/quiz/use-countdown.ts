'use client';

import { useEffect, useState } from 'react';

/** Seconds left of `totalSeconds` counted from `startedAt`; null when there is no limit. */
export function useCountdown(startedAt: string | null, totalSeconds: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt || totalSeconds <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt, totalSeconds]);
  if (!startedAt || totalSeconds <= 0) return null;
  return Math.max(0, Math.ceil(totalSeconds - (now - Date.parse(startedAt)) / 1000));
}
