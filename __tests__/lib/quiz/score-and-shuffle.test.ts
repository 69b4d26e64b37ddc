/** @jest-environment node */
import { createMemoryAttemptLog } from '@/lib/quiz/attempt-log';
import type { Grade } from '@/lib/quiz/grade-answer';
import { scoreAttempt } from '@/lib/quiz/score-attempt';
import { seededShuffle } from '@/lib/quiz/seeded-shuffle';

const g = (score: number): Grade => ({ outcome: score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect', score, answered: true, items: [] });

describe('scoreAttempt', () => {
  it('reports a fraction and a percent, counting partial credit', () => {
    expect(scoreAttempt([g(1), g(1), g(0.5), g(0)])).toEqual({ earned: 2.5, possible: 4, percent: 62, passed: false, correct: 2 });
  });

  it('passes at the default mark of 80%', () => {
    expect(scoreAttempt([g(1), g(1), g(1), g(1), g(0)]).passed).toBe(true);
    expect(scoreAttempt([g(1), g(1), g(1), g(0.9), g(0)]).passed).toBe(false);
  });

  it('uses a lesson’s own pass mark', () => {
    expect(scoreAttempt([g(1), g(0)], 50).passed).toBe(true);
    expect(scoreAttempt([g(1), g(1), g(1), g(1), g(0)], 90).passed).toBe(false);
  });

  it('does not pass an empty attempt', () => {
    expect(scoreAttempt([])).toMatchObject({ percent: 0, passed: false });
  });
});

describe('seededShuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('gives the same order for the same seed and keeps every item', () => {
    const once = seededShuffle(items, 'attempt-1');
    expect(seededShuffle(items, 'attempt-1')).toEqual(once);
    expect([...once].sort()).toEqual(items);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['s1', 's2', 's3', 's4', 's5'].map((s) => seededShuffle(items, s).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps pinned items in their place', () => {
    for (const seed of ['x', 'y', 'z', 'w']) {
      const shuffled = seededShuffle(items, seed, (i) => i === 'f' || i === 'a');
      expect(shuffled[0]).toBe('a');
      expect(shuffled[5]).toBe('f');
    }
  });
});

describe('createMemoryAttemptLog', () => {
  it('records attempts per lesson and hands back copies', () => {
    const log = createMemoryAttemptLog();
    const attempt = { lessonSlug: 'spin-locks', startedAt: 't0', finishedAt: 't1', answers: [], earned: 1, possible: 1, percent: 100, passed: true };
    log.record(attempt);
    log.record({ ...attempt, lessonSlug: 'other' });
    const got = log.attemptsFor('spin-locks');
    expect(got).toEqual([attempt]);
    got[0]!.percent = 0;
    expect(log.attemptsFor('spin-locks')[0]?.percent).toBe(100);
  });
});
