'use client';

import { type RefObject, useEffect } from 'react';
import type { LineRange } from '@/lib/annotations/annotation-model';

/** Marks the static code's noted lines (author or reader) so notes show before Monaco loads. */
export function useStaticLineMarks(ref: RefObject<HTMLElement | null>, notes: (LineRange & { author: boolean })[]) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const lines = [...root.querySelectorAll<HTMLElement>('[data-line]')];
    for (const line of lines) {
      const n = Number(line.dataset.line);
      const covering = notes.filter((note) => note.startLine <= n && n <= note.endLine);
      line.classList.toggle('line-noted-reader', covering.some((c) => !c.author));
      line.classList.toggle('line-noted-author', covering.some((c) => c.author) && !covering.some((c) => !c.author));
    }
  }, [ref, notes]);
}
