import type { PersistedState } from './persisted-schema';

/** What the course map needs to know about one lesson. */
export interface LessonMeta {
  slug: string;
  hasQuiz: boolean;
}

export type LessonStatus =
  | { state: 'not-started' }
  | { state: 'in-progress'; bestPercent: number | null }
  | { state: 'complete'; bestPercent: number | null; completedAt: string };

/**
 * A lesson with a knowledge check is complete once a check is passed; one without is complete
 * when marked read. "Mark as not done" (marked.done = false) undoes either, until the reader
 * passes again or marks it read again.
 */
export function lessonStatus(state: PersistedState, lesson: LessonMeta): LessonStatus {
  const progress = state.progress.lessons[lesson.slug];
  const attempts = state.attempts.filter((a) => a.lessonSlug === lesson.slug);
  const bestPercent = attempts.length > 0 ? Math.max(...attempts.map((a) => a.percent)) : null;
  const undoneAt = progress?.marked && !progress.marked.done ? progress.marked.at : '';

  if (lesson.hasQuiz) {
    const pass = attempts.filter((a) => a.passed && a.finishedAt > undoneAt).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))[0];
    if (pass) return { state: 'complete', bestPercent, completedAt: pass.finishedAt };
  } else if (progress?.marked?.done) {
    return { state: 'complete', bestPercent, completedAt: progress.marked.at };
  }
  if (progress?.visitedAt || progress?.marked || attempts.length > 0) return { state: 'in-progress', bestPercent };
  return { state: 'not-started' };
}

/** Completed lessons out of all, and as a whole percent. */
export function completion(state: PersistedState, lessons: readonly LessonMeta[]) {
  const done = lessons.filter((l) => lessonStatus(state, l).state === 'complete').length;
  return { done, total: lessons.length, percent: lessons.length === 0 ? 0 : Math.floor((done / lessons.length) * 100) };
}
