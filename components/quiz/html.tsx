import type { JSX } from 'react';

/** Author content rendered to HTML at build time (never reader input). */
export function Html({ html, as: Tag = 'div', className, id }: { html: string; as?: keyof JSX.IntrinsicElements; className?: string; id?: string }) {
  return <Tag className={className} id={id} dangerouslySetInnerHTML={{ __html: html }} />;
}
