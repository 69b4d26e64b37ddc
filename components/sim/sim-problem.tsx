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
