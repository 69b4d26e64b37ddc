'use client';

import { type ReactNode, useId, useState } from 'react';

/**
 * The tooltip behind <Term>: shown while the term is hovered or focused, dismissed with Escape,
 * and tied to the term with aria-describedby so screen readers read the definition.
 */
export function TermTip({ term, definition, children }: { term: string; definition: string; children: ReactNode }) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className={`term${dismissed ? ' term-dismissed' : ''}`}
      tabIndex={0}
      aria-describedby={id}
      onKeyDown={(e) => e.key === 'Escape' && setDismissed(true)}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      {children}
      <span role="tooltip" id={id} className="term-tip">
        <strong>{term}</strong>: {definition.replace(/`/g, '')}
      </span>
    </span>
  );
}
