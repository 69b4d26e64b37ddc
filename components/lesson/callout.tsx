import type { ReactNode } from 'react';

const LABELS = { note: 'Note', warning: 'Warning' } as const;

/** A boxed aside in a lesson: a note, or a warning about something that crashes machines. */
export function Callout({ kind = 'note', children }: { kind?: keyof typeof LABELS; children: ReactNode }) {
  return (
    <aside className={`callout callout-${kind}`} aria-label={LABELS[kind]}>
      <p className="callout-label">{LABELS[kind]}</p>
      {children}
    </aside>
  );
}
