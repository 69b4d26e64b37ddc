'use client';

import { useCourseStore } from '@/lib/store/course-store';

/** Bookmarks a lesson heading; pressed while bookmarked. */
export function BookmarkButton({ lessonSlug, headingId, headingText }: { lessonSlug: string; headingId: string; headingText: string }) {
  const hydrated = useCourseStore((s) => s.hydrated);
  const marked = useCourseStore((s) => s.bookmarks.some((b) => b.lessonSlug === lessonSlug && b.headingId === headingId && !b.removedAt));
  const toggle = useCourseStore((s) => s.toggleBookmark);
  return (
    <button
      type="button"
      className="bookmark-button no-print"
      aria-pressed={marked}
      aria-label={`Bookmark the section “${headingText}”`}
      disabled={!hydrated}
      onClick={() => toggle(lessonSlug, headingId, headingText)}
    >
      <span aria-hidden="true">{marked ? '★' : '☆'}</span> {marked ? 'Bookmarked' : 'Bookmark'}
    </button>
  );
}
