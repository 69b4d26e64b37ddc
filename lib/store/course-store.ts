'use client';

import { useStore } from 'zustand';
import type { AttemptLog } from '@/lib/quiz/attempt-log';
import { createCourseStore } from './create-course-store';
import type { CourseStore } from './store-types';

/** The app's one store. Nothing touches storage until the hydrator in the root layout runs. */
export const courseStore = createCourseStore();

/** Selects one value from the store; components select single values. */
export function useCourseStore<T>(selector: (state: CourseStore) => T): T {
  return useStore(courseStore, selector);
}

/** The quiz's attempt log, backed by the persisted store. */
export const storeAttemptLog: AttemptLog = {
  record: (attempt) => {
    courseStore.getState().recordAttempt(attempt);
    courseStore.getState().reviewAnswers(attempt.answers, 'lesson');
  },
  attemptsFor: (lessonSlug) => courseStore.getState().attempts.filter((a) => a.lessonSlug === lessonSlug),
};
