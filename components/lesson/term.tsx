import type { ReactNode } from 'react';
import { getTerm } from '@/lib/content';
import { TermTip } from './term-tip';

/** A glossary term in lesson prose: its definition shows on hover and on keyboard focus. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const term = getTerm(id);
  // The content check has already rejected unknown ids; this guards direct misuse.
  if (!term) throw new Error(`<Term id="${id}"> has no glossary entry`);
  return (
    <TermTip term={term.term} definition={term.definition}>
      {children}
    </TermTip>
  );
}
