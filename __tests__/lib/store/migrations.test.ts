/** @jest-environment node */
import { CURRENT_VERSION, migratePersisted } from '@/lib/store/migrations';
import { emptyPersistedState } from '@/lib/store/persisted-schema';

describe('migratePersisted', () => {
  it('parses current-version data with the current schema', () => {
    expect(migratePersisted(emptyPersistedState(), CURRENT_VERSION)).toEqual({ ok: true, state: emptyPersistedState() });
  });

  it('runs each step in turn, then validates the result', () => {
    // A made-up history: v1 kept a flat list of completed slugs; v2 added settings; v3 is today's shape.
    const steps = {
      1: (s: unknown) => ({ ...(s as object), settings: { theme: 'system', updatedAt: null } }),
      2: (s: unknown) => {
        const { completed, ...rest } = s as { completed: string[] };
        const lessons = Object.fromEntries(completed.map((slug) => [slug, { marked: { done: true, at: '2026-01-01T00:00:00.000Z' } }]));
        return { ...rest, progress: { lessons, lastPosition: null }, attempts: [], annotations: [], checkResults: [], review: {}, bookmarks: [], resetAt: null };
      },
    };
    const result = migratePersisted({ completed: ['spin-locks'] }, 1, steps, 3);
    expect(result).toEqual({
      ok: true,
      state: {
        progress: { lessons: { 'spin-locks': { marked: { done: true, at: '2026-01-01T00:00:00.000Z' } } }, lastPosition: null },
        attempts: [],
        settings: { theme: 'system', updatedAt: null },
        annotations: [],
        checkResults: [],
        review: {},
        bookmarks: [],
        resetAt: null,
      },
    });
  });

  it('adds an empty list of notes when moving from format 1 to 2, and empty checks and review queue from 2 to 3', () => {
    const { annotations: _a, checkResults: _c, review: _r, bookmarks: _b, ...v1 } = emptyPersistedState();
    expect(migratePersisted(v1, 1)).toEqual({ ok: true, state: emptyPersistedState() });
    const { checkResults: _c2, review: _r2, bookmarks: _b2, ...v2 } = emptyPersistedState();
    expect(migratePersisted(v2, 2)).toEqual({ ok: true, state: emptyPersistedState() });
    const { bookmarks: _b3, ...v3 } = emptyPersistedState();
    expect(migratePersisted(v3, 3)).toEqual({ ok: true, state: emptyPersistedState() });
  });

  it('refuses data from a newer format, naming both versions', () => {
    expect(migratePersisted({}, CURRENT_VERSION + 1)).toEqual({ ok: false, reason: `format version ${CURRENT_VERSION + 1} is newer than this app understands (${CURRENT_VERSION})` });
  });

  it('refuses a missing step, a step that throws, and a negative version', () => {
    expect(migratePersisted({}, 0, {}, 1)).toEqual({ ok: false, reason: 'no migration from format version 0' });
    expect(migratePersisted({}, 0, { 0: () => { throw new Error('boom'); } }, 1)).toEqual({ ok: false, reason: 'migration from version 0 failed: boom' });
    expect(migratePersisted({}, -1).ok).toBe(false);
  });

  it('refuses a migrated result that does not match the schema', () => {
    const result = migratePersisted({ progress: 'nope' }, 0, { 0: (s) => s }, 1);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('progress') });
  });
});
