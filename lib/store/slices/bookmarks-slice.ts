import type { StateCreator } from 'zustand';
import type { Bookmark } from '../persisted-schema';
import type { CourseStore } from '../store-types';

export interface BookmarksSlice {
  bookmarks: Bookmark[];
  /** Adds the bookmark, or removes it if the heading is already bookmarked. */
  toggleBookmark(lessonSlug: string, headingId: string, headingText: string): void;
}

export const createBookmarksSlice: StateCreator<CourseStore, [], [], BookmarksSlice> = (set) => ({
  bookmarks: [],
  toggleBookmark: (lessonSlug, headingId, headingText) =>
    set((s) => {
      const now = new Date().toISOString();
      const existing = s.bookmarks.find((b) => b.lessonSlug === lessonSlug && b.headingId === headingId);
      const rest = s.bookmarks.filter((b) => b !== existing);
      if (existing && !existing.removedAt) return { bookmarks: [...rest, { ...existing, removedAt: now }] };
      return { bookmarks: [...rest, { lessonSlug, headingId, headingText: headingText.slice(0, 200), createdAt: now }] };
    }),
});
