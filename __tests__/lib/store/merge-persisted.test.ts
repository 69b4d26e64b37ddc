/** @jest-environment node */
import { mergePersisted } from '@/lib/store/merge-persisted';
import { type PersistedState, emptyPersistedState } from '@/lib/store/persisted-schema';

const attempt = (lessonSlug: string, startedAt: string, percent: number) => ({
  lessonSlug, startedAt, finishedAt: startedAt, answers: [], earned: percent / 10, possible: 10, percent, passed: percent >= 80,
});

function state(patch: Partial<PersistedState> = {}): PersistedState {
  return { ...emptyPersistedState(), ...patch };
}

describe('mergePersisted', () => {
  const a = state({
    progress: { lessons: { 'spin-locks': { firstVisitedAt: '2026-01-02T00:00:00Z', visitedAt: '2026-01-05T00:00:00Z', heading: 'old' } }, lastPosition: { lessonSlug: 'spin-locks', at: '2026-01-05T00:00:00Z' } },
    attempts: [attempt('spin-locks', '2026-01-03T00:00:00Z', 60)],
    settings: { theme: 'dark', updatedAt: '2026-01-01T00:00:00Z' },
  });
  const b = state({
    progress: {
      lessons: {
        'spin-locks': { firstVisitedAt: '2026-01-01T00:00:00Z', visitedAt: '2026-01-09T00:00:00Z', heading: 'new', marked: { done: false, at: '2026-01-09T00:00:00Z' } },
        'life-of-an-irp': { visitedAt: '2026-01-04T00:00:00Z' },
      },
      lastPosition: { lessonSlug: 'life-of-an-irp', at: '2026-01-04T00:00:00Z' },
    },
    attempts: [attempt('spin-locks', '2026-01-08T00:00:00Z', 90)],
    settings: { theme: 'light', updatedAt: '2026-01-07T00:00:00Z' },
  });

  it('keeps every attempt from both, so the best score wins', () => {
    expect(mergePersisted(a, b).attempts.map((x) => x.percent)).toEqual([60, 90]);
  });

  it('takes the earliest first visit, the latest visit and its heading, and the later mark', () => {
    expect(mergePersisted(a, b).progress.lessons['spin-locks']).toEqual({
      firstVisitedAt: '2026-01-01T00:00:00Z', visitedAt: '2026-01-09T00:00:00Z', heading: 'new', marked: { done: false, at: '2026-01-09T00:00:00Z' },
    });
  });

  it('takes the later last position and the later settings', () => {
    const merged = mergePersisted(a, b);
    expect(merged.progress.lastPosition?.lessonSlug).toBe('spin-locks');
    expect(merged.settings.theme).toBe('light');
  });

  it('is commutative and idempotent', () => {
    expect(mergePersisted(a, b)).toEqual(mergePersisted(b, a));
    expect(mergePersisted(mergePersisted(a, b), b)).toEqual(mergePersisted(a, b));
  });

  it('does not merge back data from before a reset', () => {
    const reset = state({ resetAt: '2026-02-01T00:00:00Z' });
    expect(mergePersisted(a, reset)).toEqual(reset);
    expect(mergePersisted(reset, b)).toEqual(reset);
  });
});
