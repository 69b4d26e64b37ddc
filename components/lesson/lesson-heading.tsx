import type { ReactNode } from 'react';
import { BookmarkButton } from './bookmark-button';

/** A lesson section heading with its bookmark button beside it (outside the heading, so its name stays the heading's text). */
export function LessonHeading({ level, id, children, lessonSlug, text }: { level: 2 | 3; id?: string; children?: ReactNode; lessonSlug: string; text: string }) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <div className="lesson-heading">
      <Tag id={id}>{children}</Tag>
      {id ? <BookmarkButton lessonSlug={lessonSlug} headingId={id} headingText={text} /> : null}
    </div>
  );
}
