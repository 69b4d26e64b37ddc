import type { AttemptLog, AttemptRecord } from '@/lib/quiz/attempt-log';
import { courseStore } from '@/lib/store/course-store';

/** Where a stand-alone or track check records itself: check results, and the review queue. */
export function checkLog(meta: { seed: string; topics: string[]; count: number; track?: { trackId: string; checkId: string } }): AttemptLog {
  const recorded: AttemptRecord[] = [];
  return {
    record(attempt) {
      recorded.push(attempt);
      const { recordCheck, reviewAnswers } = courseStore.getState();
      recordCheck({
        seed: meta.seed,
        topics: meta.topics,
        count: meta.count,
        ...(meta.track ? { track: meta.track } : {}),
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt,
        earned: attempt.earned,
        possible: attempt.possible,
        percent: attempt.percent,
        answers: attempt.answers,
      });
      reviewAnswers(attempt.answers, 'lesson');
    },
    attemptsFor: () => recorded,
  };
}
