import type { StateCreator } from 'zustand';
import type { CheckResult } from '@/lib/checks/check-result-schema';
import { type ReviewQueue, recordReviewAnswer } from '@/lib/review/leitner';
import type { CourseStore } from '../store-types';

/** Stand-alone checks and the spaced review queue. */
export interface PracticeSlice {
  checkResults: CheckResult[];
  review: ReviewQueue;
  recordCheck(result: CheckResult): void;
  /** Puts wrong answers into the review queue and moves reviewed ones along. */
  reviewAnswers(answers: { questionId: string; correct: boolean }[], mode: 'lesson' | 'review'): void;
}

export const createPracticeSlice: StateCreator<CourseStore, [], [], PracticeSlice> = (set) => ({
  checkResults: [],
  review: {},
  recordCheck: (result) => set((s) => ({ checkResults: [...s.checkResults, result] })),
  reviewAnswers: (answers, mode) =>
    set((s) => {
      const now = new Date();
      let review = s.review;
      for (const a of answers) {
        // Outside a review session only a wrong answer changes the queue; a right one there says little.
        if (mode === 'lesson' && a.correct) continue;
        review = recordReviewAnswer(review, a.questionId, a.correct, now);
      }
      return { review };
    }),
});
