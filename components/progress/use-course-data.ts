'use client';

import { useShallow } from 'zustand/react/shallow';
import { type LessonMeta, type LessonStatus, lessonStatus } from '@/lib/store/completion';
import { useCourseStore } from '@/lib/store/course-store';
import type { PersistedState } from '@/lib/store/persisted-schema';

/** The reader's saved data, re-rendering only when one of its parts changes. */
export function useCourseData(): PersistedState {
  return useCourseStore(useShallow((s) => ({ progress: s.progress, attempts: s.attempts, settings: s.settings, annotations: s.annotations, checkResults: s.checkResults, review: s.review, bookmarks: s.bookmarks, resetAt: s.resetAt })));
}

/** True once saved progress has been read; until then progress UI shows nothing rather than "0%". */
export function useHydrated(): boolean {
  return useCourseStore((s) => s.hydrated);
}

export function useLessonStatus(lesson: LessonMeta): LessonStatus {
  return lessonStatus(useCourseData(), lesson);
}
