import type { Grade } from './grade-answer';

export const DEFAULT_PASS_MARK = 80;

export interface AttemptScore {
  /** Sum of the question scores (partial credit counts). */
  earned: number;
  possible: number;
  /** earned / possible as a whole percent, rounded down so 79.9 does not pass at 80. */
  percent: number;
  passed: boolean;
  correct: number;
}

/** Scores a finished attempt as a fraction and a percent, and decides pass or fail. */
export function scoreAttempt(grades: readonly Grade[], passMark = DEFAULT_PASS_MARK): AttemptScore {
  const earned = Math.round(grades.reduce((sum, g) => sum + g.score, 0) * 1000) / 1000;
  const possible = grades.length;
  const percent = possible === 0 ? 0 : Math.floor((earned / possible) * 100 + 1e-9);
  return { earned, possible, percent, passed: possible > 0 && percent >= passMark, correct: grades.filter((g) => g.outcome === 'correct').length };
}
