import type { StateCreator } from 'zustand';
import type { AttemptRecord } from '@/lib/quiz/attempt-log';
import type { CourseStore } from '../store-types';

export interface AttemptsSlice {
  attempts: AttemptRecord[];
  recordAttempt(attempt: AttemptRecord): void;
}

export const createAttemptsSlice: StateCreator<CourseStore, [], [], AttemptsSlice> = (set) => ({
  attempts: [],
  recordAttempt: (attempt) => set((s) => ({ attempts: [...s.attempts, attempt] })),
});
