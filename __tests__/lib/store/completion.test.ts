/** @jest-environment node */
import { completion, lessonStatus } from '@/lib/store/completion';
import { type PersistedState, emptyPersistedState } from '@/lib/store/persisted-schema';

const quizLesson = { slug: 'spin-locks', hasQuiz: true };
const readLesson = { slug: 'debugging', hasQuiz: false };
const pass = (finishedAt: string, percent = 90) => ({ lessonSlug: 'spin-locks', startedAt: finishedAt, finishedAt, answers: [], earned: 9, possible: 10, percent, passed: percent >= 80 });

function withData(patch: Partial<PersistedState>): PersistedState {
  return { ...emptyPersistedState(), ...patch };
}

describe('lessonStatus', () => {
  it('is not started with no visit and no attempt', () => {
    expect(lessonStatus(emptyPersistedState(), quizLesson)).toEqual({ state: 'not-started' });
  });

  it('is in progress after a visit or a failed attempt, with the best score', () => {
    const s = withData({ attempts: [pass('2026-01-01T00:00:00Z', 50)] });
    expect(lessonStatus(s, quizLesson)).toEqual({ state: 'in-progress', bestPercent: 50 });
  });

  it('is complete once the check is passed, not when merely marked read', () => {
    const marked = withData({ progress: { lessons: { 'spin-locks': { marked: { done: true, at: '2026-01-01T00:00:00Z' } } }, lastPosition: null } });
    expect(lessonStatus(marked, quizLesson).state).toBe('in-progress');
    expect(lessonStatus(withData({ attempts: [pass('2026-01-02T00:00:00Z')] }), quizLesson)).toEqual({ state: 'complete', bestPercent: 90, completedAt: '2026-01-02T00:00:00Z' });
  });

  it('undoes completion with "Mark as not done" until the next pass', () => {
    const undone = withData({
      attempts: [pass('2026-01-02T00:00:00Z')],
      progress: { lessons: { 'spin-locks': { marked: { done: false, at: '2026-01-03T00:00:00Z' } } }, lastPosition: null },
    });
    expect(lessonStatus(undone, quizLesson).state).toBe('in-progress');
    expect(lessonStatus({ ...undone, attempts: [...undone.attempts, pass('2026-01-04T00:00:00Z')] }, quizLesson).state).toBe('complete');
  });

  it('completes a lesson without a check when it is marked read', () => {
    const s = withData({ progress: { lessons: { debugging: { marked: { done: true, at: '2026-01-01T00:00:00Z' } } }, lastPosition: null } });
    expect(lessonStatus(s, readLesson)).toMatchObject({ state: 'complete' });
    expect(completion(s, [readLesson, quizLesson])).toEqual({ done: 1, total: 2, percent: 50 });
  });
});
