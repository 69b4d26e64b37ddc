import type { ReactNode } from 'react';

/** A simulator's named mistake or error: its title, what it means, and the pages that state the rule. */
export function SimProblem({ title, references, children }: { title: string; references: { title: string; url: string }[]; children?: ReactNode }) {
  return (
    <div className="sim-mistake" role="alert">
      <p className="sim-mistake-title">{title}</p>
      {children}
      <p className="sim-refs">
        Sources:{' '}
        {references.map((r, i) => (
          <span key={r.url}>
            {i > 0 ? '; ' : ''}
            <a href={r.url} rel="noreferrer">
              {r.title}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}

/** The sentence shown once a simulation reaches its last step, styled by outcome. */
export function SimOutcome({ outcome, children }: { outcome: string; children: ReactNode }) {
  return <p className={`sim-outcome outcome-${outcome}`}>{children}</p>;
}

/** The plain-text log of the steps taken so far, for screen readers and for reading back. */
export function SimLog({ entries }: { entries: ReactNode[] }) {
  return (
    <details className="sim-log">
      <summary>Text log of every step so far</summary>
      <ol>
        {entries.map((entry, i) => (
          <li key={i}>{entry}</li>
        ))}
      </ol>
    </details>
  );
}
