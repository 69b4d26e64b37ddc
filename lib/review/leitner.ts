/**
 * A Leitner-box review schedule. A question answered wrong goes into box 1, due the next day.
 * Each right answer in review moves it up a box, and each box waits twice as long as the one
 * below; a wrong answer sends it back to box 1. Right in the top box, it leaves the queue.
 */
export interface ReviewEntry {
  box: number;
  /** ISO time from which it is due. */
  due: string;
  lastReviewed: string;
  /** How many times it has been answered wrong. */
  lapses: number;
}

export type ReviewQueue = Record<string, ReviewEntry>;

export const BOX_DAYS = [1, 2, 4, 8, 16] as const;
const DAY = 24 * 60 * 60 * 1000;

/** Start of the local day plus `days`, so "due tomorrow" means from midnight, not 24 h to the minute. */
function dueAfter(now: Date, days: number): string {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  return new Date(start.getTime() + days * DAY).toISOString();
}

/** The entry after an answer; `null` when the question graduates out of the queue. */
export function nextReview(entry: ReviewEntry | undefined, correct: boolean, now: Date): ReviewEntry | null {
  const at = now.toISOString();
  if (!correct) return { box: 1, due: dueAfter(now, BOX_DAYS[0]), lastReviewed: at, lapses: (entry?.lapses ?? 0) + 1 };
  if (!entry) return null;
  const box = entry.box + 1;
  if (box > BOX_DAYS.length) return null;
  return { box, due: dueAfter(now, BOX_DAYS[box - 1] ?? 16), lastReviewed: at, lapses: entry.lapses };
}

/** Applies an answer to the queue, returning a new queue. */
export function recordReviewAnswer(queue: ReviewQueue, questionId: string, correct: boolean, now: Date): ReviewQueue {
  const next = nextReview(queue[questionId], correct, now);
  const copy = { ...queue };
  if (next) copy[questionId] = next;
  else delete copy[questionId];
  return copy;
}

/** Question ids due at `now`, most overdue first. */
export function dueQuestions(queue: ReviewQueue, now: Date): string[] {
  const at = now.toISOString();
  return Object.entries(queue)
    .filter(([, e]) => e.due <= at)
    .sort(([a, x], [b, y]) => x.due.localeCompare(y.due) || a.localeCompare(b))
    .map(([id]) => id);
}
