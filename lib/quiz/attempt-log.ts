import type { Answer } from './answer-schema';

/** One finished attempt at a lesson's check, as recorded for progress and review. */
export interface AttemptRecord {
  lessonSlug: string;
  /** ISO times. */
  startedAt: string;
  finishedAt: string;
  answers: { questionId: string; answer: Answer | null; score: number; correct: boolean }[];
  earned: number;
  possible: number;
  percent: number;
  passed: boolean;
}

/**
 * Where attempts go. The quiz UI only talks to this interface; the persisted store
 * implements it, and tests use the in-memory log below.
 */
export interface AttemptLog {
  record(attempt: AttemptRecord): void;
  attemptsFor(lessonSlug: string): AttemptRecord[];
}

/** Attempt records are plain JSON data; copies keep callers from editing the log. */
const copy = (attempt: AttemptRecord): AttemptRecord => JSON.parse(JSON.stringify(attempt)) as AttemptRecord;

/** An attempt log that lives as long as the page. */
export function createMemoryAttemptLog(): AttemptLog {
  const attempts: AttemptRecord[] = [];
  return {
    record(attempt) {
      attempts.push(copy(attempt));
    },
    attemptsFor(lessonSlug) {
      return attempts.filter((a) => a.lessonSlug === lessonSlug).map(copy);
    },
  };
}
