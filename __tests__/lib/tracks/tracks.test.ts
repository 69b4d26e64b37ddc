/** @jest-environment node */
import type { CheckResult } from '@/lib/checks/check-result-schema';
import { emptyPersistedState } from '@/lib/store/persisted-schema';
import { buildReport, readReport, reportsToCsv } from '@/lib/tracks/report';
import { MAX_SHARE_LENGTH, decodeTrack, encodeTrack } from '@/lib/tracks/share-codec';
import { trackContentHash } from '@/lib/tracks/track-hash';
import { trackProgress } from '@/lib/tracks/track-progress';
import { type Track, trackProblems, trackSchema } from '@/lib/tracks/track-schema';

const track: Track = trackSchema.parse({
  id: 'kmdf-new-hire',
  title: 'KMDF new hire',
  audience: 'New engineer on a KMDF function driver team',
  lessons: [{ lesson: 'spin-locks', passMark: 90 }, { lesson: 'debugging' }],
  checks: [{ id: 'irql-check', title: 'IRQL check', topics: ['irql'], count: 5, passMark: 80 }],
  schedule: [{ label: 'Day 1', lessons: ['debugging'] }, { label: 'Day 2', lessons: ['spin-locks'], checks: ['irql-check'] }],
});
const lessons = [
  { slug: 'spin-locks', title: 'Spin locks', hasQuiz: true, passMark: 80 },
  { slug: 'debugging', title: 'Debugging', hasQuiz: false, passMark: 80 },
];
const attempt = (percent: number, finishedAt: string) => ({ lessonSlug: 'spin-locks', startedAt: finishedAt, finishedAt, answers: [], earned: percent / 10, possible: 10, percent, passed: percent >= 80 });
const check = (percent: number): CheckResult => ({ seed: 's', topics: ['irql'], count: 5, track: { trackId: 'kmdf-new-hire', checkId: 'irql-check' }, startedAt: '2026-02-01T10:00:00.000Z', finishedAt: '2026-02-01T10:10:00.000Z', earned: percent / 20, possible: 5, percent, answers: [] });

describe('track validation', () => {
  it('finds lessons and checks a track names but the course or the track lacks', () => {
    expect(trackProblems(track, new Set(['spin-locks', 'debugging']))).toEqual([]);
    const bad = { ...track, schedule: [{ label: 'Day 1', lessons: ['nope'], checks: ['missing'] }] };
    expect(trackProblems(bad, new Set(['spin-locks']))).toEqual([
      'lessons: names no lesson "debugging"',
      'schedule (Day 1): "nope" is not one of the track\'s lessons',
      'schedule (Day 1): "missing" is not one of the track\'s checks',
    ]);
  });
});

describe('trackProgress', () => {
  it('uses the track’s own pass mark for a lesson, and says what to do next in schedule order', () => {
    const data = { ...emptyPersistedState(), attempts: [attempt(85, '2026-02-01T09:00:00.000Z')] };
    const p = trackProgress(track, data, [], lessons);
    expect(p.requirements.map((r) => [r.id, r.best, r.passed])).toEqual([['spin-locks', 85, false], ['debugging', null, false], ['irql-check', null, false]]);
    expect(p.next?.id).toBe('debugging');
  });

  it('is complete when every requirement is met', () => {
    const data = {
      ...emptyPersistedState(),
      attempts: [attempt(95, '2026-02-02T09:00:00.000Z')],
      progress: { lessons: { debugging: { marked: { done: true, at: '2026-02-01T08:00:00.000Z' } } }, lastPosition: null },
    };
    const p = trackProgress(track, data, [check(80)], lessons);
    expect(p).toMatchObject({ done: 3, total: 3, complete: true, next: null });
    expect(p.requirements[0]?.passedAt).toBe('2026-02-02T09:00:00.000Z');
  });
});

describe('the share-link codec', () => {
  it('round-trips a track', () => {
    expect(decodeTrack(encodeTrack(track))).toEqual({ ok: true, track });
  });

  it('rejects a link whose content was changed', () => {
    const encoded = encodeTrack(track);
    const json = JSON.parse(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
    json.track.lessons[0].passMark = 10;
    const tampered = Buffer.from(JSON.stringify(json)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(decodeTrack(tampered)).toEqual({ ok: false, message: expect.stringContaining('checksum does not match') });
  });

  it('rejects a truncated link, garbage and an oversized link with clear messages', () => {
    expect(decodeTrack(encodeTrack(track).slice(0, 40))).toMatchObject({ ok: false, message: expect.stringContaining('damaged') });
    expect(decodeTrack('%%%')).toMatchObject({ ok: false });
    expect(decodeTrack('a'.repeat(MAX_SHARE_LENGTH + 1))).toMatchObject({ ok: false, message: expect.stringContaining('too long') });
  });
});

describe('reports', () => {
  const progress = trackProgress(track, { ...emptyPersistedState(), attempts: [attempt(95, '2026-02-02T09:00:00.000Z')] }, [check(90)], lessons);
  const report = buildReport({ learner: ' Ada ', courseVersion: 'c1', track: { id: track.id, title: track.title, contentHash: trackContentHash(track) }, requirements: progress.requirements, now: new Date('2026-02-03T00:00:00Z') });

  it('reads back a report it built, and flags one made for another version of the track', () => {
    expect(readReport(JSON.stringify(report), { id: track.id, contentHash: trackContentHash(track) })).toEqual({ ok: true, report, otherVersion: false });
    expect(readReport(JSON.stringify(report), { id: track.id, contentHash: 'different' })).toMatchObject({ ok: true, otherVersion: true });
  });

  it('refuses non-JSON, a wrong shape and another track’s report', () => {
    expect(readReport('nope', { id: track.id, contentHash: '' })).toEqual({ ok: false, message: 'the file is not JSON' });
    expect(readReport('{"format":"x"}', { id: track.id, contentHash: '' })).toMatchObject({ ok: false, message: expect.stringContaining('not a Ring Zero track report') });
    expect(readReport(JSON.stringify(report), { id: 'other', contentHash: '' })).toMatchObject({ ok: false, message: expect.stringContaining('another track') });
  });

  it('exports one learner a row as CSV, quoting where needed', () => {
    const csv = reportsToCsv([{ ...report, learner: 'Lovelace, Ada' }], progress.requirements);
    expect(csv.split('\n')[0]).toBe('Learner,Complete,Generated,Track version,Spin locks,Debugging,IRQL check');
    expect(csv.split('\n')[1]).toMatch(/^"Lovelace, Ada",no,2026-02-03T00:00:00.000Z,[0-9a-f]{16},95 \(passed\),,90 \(passed\)$/);
  });
});
