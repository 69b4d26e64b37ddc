import type { CheckResult } from '@/lib/checks/check-result-schema';
import { type LessonMeta, lessonStatus } from '@/lib/store/completion';
import type { PersistedState } from '@/lib/store/persisted-schema';
import type { Track } from './track-schema';

export interface RequirementStatus {
  kind: 'lesson' | 'check';
  id: string;
  title: string;
  passMark: number;
  /** Best score so far, in percent; null before any attempt. */
  best: number | null;
  passed: boolean;
  /** When the requirement was first met. */
  passedAt: string | null;
}

export interface TrackLessonMeta extends LessonMeta {
  title: string;
  /** The lesson's own pass mark, used when the track sets none. */
  passMark: number;
}

/** Results of the checks a track requires, matched by track and check id. */
export function resultsFor(results: readonly CheckResult[], trackId: string, checkId: string): CheckResult[] {
  return results.filter((r) => r.track?.trackId === trackId && r.track.checkId === checkId);
}

/** Where a learner stands on each requirement of a track, and what to do next. */
export function trackProgress(track: Track, data: PersistedState, checkResults: readonly CheckResult[], lessons: readonly TrackLessonMeta[]) {
  const requirements: RequirementStatus[] = [];
  for (const req of track.lessons) {
    const meta = lessons.find((l) => l.slug === req.lesson);
    if (!meta) continue;
    const passMark = req.passMark ?? meta.passMark;
    if (meta.hasQuiz) {
      const attempts = data.attempts.filter((a) => a.lessonSlug === req.lesson);
      const best = attempts.length ? Math.max(...attempts.map((a) => a.percent)) : null;
      const first = attempts.filter((a) => a.percent >= passMark).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))[0];
      requirements.push({ kind: 'lesson', id: req.lesson, title: meta.title, passMark, best, passed: Boolean(first), passedAt: first?.finishedAt ?? null });
    } else {
      const status = lessonStatus(data, meta);
      const done = status.state === 'complete';
      requirements.push({ kind: 'lesson', id: req.lesson, title: meta.title, passMark, best: done ? 100 : null, passed: done, passedAt: status.state === 'complete' ? status.completedAt : null });
    }
  }
  for (const check of track.checks) {
    const results = resultsFor(checkResults, track.id, check.id);
    const best = results.length ? Math.max(...results.map((r) => r.percent)) : null;
    const first = results.filter((r) => r.percent >= check.passMark).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt))[0];
    requirements.push({ kind: 'check', id: check.id, title: check.title, passMark: check.passMark, best, passed: Boolean(first), passedAt: first?.finishedAt ?? null });
  }
  const done = requirements.filter((r) => r.passed).length;
  // The next thing to do follows the suggested schedule, then the track's own order.
  const order = [...track.schedule.flatMap((s) => [...s.lessons.map((l) => `lesson:${l}`), ...s.checks.map((c) => `check:${c}`)]), ...requirements.map((r) => `${r.kind}:${r.id}`)];
  const next = order.map((key) => requirements.find((r) => `${r.kind}:${r.id}` === key)).find((r) => r && !r.passed) ?? null;
  return { requirements, done, total: requirements.length, complete: requirements.length > 0 && done === requirements.length, next };
}
