import type { StateCreator } from 'zustand';
import type { PersistedState } from '../persisted-schema';
import type { CourseStore } from '../store-types';

export interface ProgressSlice {
  progress: PersistedState['progress'];
  /** Records a visit to a lesson (and makes it the place to continue from). */
  visitLesson(slug: string): void;
  /** Remembers the heading being read in a lesson. */
  readHeading(slug: string, headingId: string): void;
  /** Marks a lesson without a check as read, or undoes completion ("Mark as not done"). */
  markLesson(slug: string, done: boolean): void;
}

const now = () => new Date().toISOString();

export const createProgressSlice: StateCreator<CourseStore, [], [], ProgressSlice> = (set) => ({
  progress: { lessons: {}, lastPosition: null },
  visitLesson: (slug) =>
    set((s) => {
      const at = now();
      const lesson = s.progress.lessons[slug] ?? {};
      return {
        progress: {
          lessons: { ...s.progress.lessons, [slug]: { ...lesson, firstVisitedAt: lesson.firstVisitedAt ?? at, visitedAt: at } },
          lastPosition: { lessonSlug: slug, ...(lesson.heading ? { heading: lesson.heading } : {}), at },
        },
      };
    }),
  readHeading: (slug, headingId) =>
    set((s) => {
      const at = now();
      const lesson = s.progress.lessons[slug] ?? {};
      return {
        progress: {
          lessons: { ...s.progress.lessons, [slug]: { ...lesson, heading: headingId, visitedAt: at } },
          lastPosition: { lessonSlug: slug, heading: headingId, at },
        },
      };
    }),
  markLesson: (slug, done) =>
    set((s) => ({
      progress: {
        ...s.progress,
        lessons: { ...s.progress.lessons, [slug]: { ...(s.progress.lessons[slug] ?? {}), marked: { done, at: now() } } },
      },
    })),
});
