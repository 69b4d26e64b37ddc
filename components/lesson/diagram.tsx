import type { ReactNode } from 'react';

/**
 * A diagram in a lesson, drawn as text (or any MDX), exposed to assistive technology as one
 * image with a text alternative. A wide drawing scrolls sideways in a focusable region.
 */
export function Diagram({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <figure className="diagram">
      <div className="diagram-scroll" role="region" aria-label={`${title} (scrolls sideways)`} tabIndex={0}>
        <div role="img" aria-label={description} className="diagram-body">
          {children}
        </div>
      </div>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
