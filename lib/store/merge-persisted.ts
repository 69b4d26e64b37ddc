import { mergeAnnotations } from '@/lib/annotations/annotation-model';
import type { LessonProgress, PersistedState } from './persisted-schema';

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a >= b ? a : b);
const earlier = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a <= b ? a : b);

function mergeLesson(a: LessonProgress | undefined, b: LessonProgress | undefined): LessonProgress {
  if (!a) return { ...b };
  if (!b) return { ...a };
  const merged: LessonProgress = {};
  const firstVisitedAt = earlier(a.firstVisitedAt, b.firstVisitedAt);
  const visitedAt = later(a.visitedAt, b.visitedAt);
  if (firstVisitedAt) merged.firstVisitedAt = firstVisitedAt;
  if (visitedAt) merged.visitedAt = visitedAt;
  // The heading belongs to the later visit.
  const heading = (a.visitedAt ?? '') >= (b.visitedAt ?? '') ? (a.heading ?? b.heading) : (b.heading ?? a.heading);
  if (heading) merged.heading = heading;
  const marked = !a.marked ? b.marked : !b.marked ? a.marked : a.marked.at >= b.marked.at ? a.marked : b.marked;
  if (marked) merged.marked = { ...marked };
  return merged;
}

const attemptKey = (a: PersistedState['attempts'][number]) => `${a.lessonSlug} ${a.startedAt}`;

/**
 * Combines two copies of a reader's data so that nothing newer is lost: every attempt from
 * both (so best scores survive), the later of each time, the later "marked" choice, the
 * later last position and settings, every note (the later edit or deletion of each). Commutative, and merging a state with itself changes nothing;
 * a copy older than the other's reset is dropped whole.
 */
export function mergePersisted(a: PersistedState, b: PersistedState): PersistedState {
  // After a reset or a replacing import, the copy from before it is history, not data to keep.
  if (a.resetAt !== b.resetAt) return mergePersisted(...((a.resetAt ?? '') > (b.resetAt ?? '') ? [a, a] : [b, b]) as [PersistedState, PersistedState]);
  const slugs = [...new Set([...Object.keys(a.progress.lessons), ...Object.keys(b.progress.lessons)])].sort();
  const lessons: Record<string, LessonProgress> = {};
  for (const slug of slugs) lessons[slug] = mergeLesson(a.progress.lessons[slug], b.progress.lessons[slug]);

  const attempts = new Map<string, PersistedState['attempts'][number]>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const key = attemptKey(attempt);
    const seen = attempts.get(key);
    if (!seen || attempt.finishedAt > seen.finishedAt) attempts.set(key, attempt);
  }

  const positions = [a.progress.lastPosition, b.progress.lastPosition].filter((p) => p !== null);
  const lastPosition = positions.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0))[0] ?? null;
  const settings = (a.settings.updatedAt ?? '') >= (b.settings.updatedAt ?? '') ? a.settings : b.settings;

  return {
    progress: { lessons, lastPosition },
    attempts: [...attempts.values()].sort((x, y) => attemptKey(x).localeCompare(attemptKey(y))),
    settings: { ...settings },
    annotations: mergeAnnotations(a.annotations, b.annotations),
    checkResults: mergeCheckResults(a.checkResults, b.checkResults),
    review: mergeReview(a.review, b.review),
    bookmarks: mergeBookmarks(a.bookmarks, b.bookmarks),
    resetAt: a.resetAt,
  };
}

function mergeCheckResults(a: PersistedState['checkResults'], b: PersistedState['checkResults']): PersistedState['checkResults'] {
  const key = (r: PersistedState['checkResults'][number]) => `${r.startedAt} ${r.seed}`;
  const all = new Map([...a, ...b].map((r) => [key(r), r]));
  return [...all.values()].sort((x, y) => key(x).localeCompare(key(y)));
}

/** Per question, the entry reviewed last wins; a question only one copy has is kept. */
function mergeReview(a: PersistedState['review'], b: PersistedState['review']): PersistedState['review'] {
  const out: PersistedState['review'] = {};
  for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[id];
    const y = b[id];
    const pick = !x ? y : !y ? x : x.lastReviewed >= y.lastReviewed ? x : y;
    if (pick) out[id] = { ...pick };
  }
  return out;
}

/** One bookmark per lesson heading; the later change (added or removed) wins. */
function mergeBookmarks(a: PersistedState['bookmarks'], b: PersistedState['bookmarks']): PersistedState['bookmarks'] {
  const stamp = (m: PersistedState['bookmarks'][number]) => m.removedAt ?? m.createdAt;
  const all = new Map<string, PersistedState['bookmarks'][number]>();
  for (const m of [...a, ...b]) {
    const key = `${m.lessonSlug}#${m.headingId}`;
    const seen = all.get(key);
    if (!seen || stamp(m) > stamp(seen)) all.set(key, m);
  }
  return [...all.values()].sort((x, y) => `${x.lessonSlug}#${x.headingId}`.localeCompare(`${y.lessonSlug}#${y.headingId}`));
}

/** A stable text form, to tell whether two states hold the same data. */
export function sameData(a: PersistedState, b: PersistedState): boolean {
  return JSON.stringify(mergePersisted(a, a)) === JSON.stringify(mergePersisted(b, b));
}
