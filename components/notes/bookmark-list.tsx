'use client';

import Link from 'next/link';
import { useCourseStore } from '@/lib/store/course-store';

/** The reader's bookmarks, by lesson, each going straight to its heading. */
export function BookmarkList({ lessonTitles }: { lessonTitles: Record<string, string> }) {
  const hydrated = useCourseStore((s) => s.hydrated);
  const bookmarks = useCourseStore((s) => s.bookmarks);
  const toggle = useCourseStore((s) => s.toggleBookmark);
  const live = bookmarks.filter((b) => !b.removedAt);
  if (!hydrated) return null;
  return (
    <section aria-labelledby="bookmarks-heading">
      <h2 id="bookmarks-heading">Bookmarks</h2>
      {live.length === 0 ? (
        <p>No bookmarks yet. Use the ☆ Bookmark button beside any lesson heading.</p>
      ) : (
        <ul className="bookmark-list">
          {live.map((b) => (
            <li key={`${b.lessonSlug}#${b.headingId}`}>
              <Link href={`/lessons/${b.lessonSlug}#${b.headingId}`}>{b.headingText}</Link> <span className="topic-count">in {lessonTitles[b.lessonSlug] ?? b.lessonSlug}</span>{' '}
              <button type="button" className="link-button" onClick={() => toggle(b.lessonSlug, b.headingId, b.headingText)} aria-label={`Remove the bookmark “${b.headingText}”`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
