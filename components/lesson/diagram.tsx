import type { ReactNode } from 'react';

/**
 * A diagram in a lesson, drawn as text (or any MDX), exposed to assistive technology as one
 * image with a text alternative that says what the drawing shows.
 */
export function Diagram({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <figure className="diagram">
      <div role="img" aria-label={description} className="diagram-body">
        {children}
      </div>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
