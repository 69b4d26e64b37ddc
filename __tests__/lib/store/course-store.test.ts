/** @jest-environment node */
import { createCourseStore } from '@/lib/store/create-course-store';
import { BACKUP_KEY_PREFIX, STORAGE_KEY } from '@/lib/store/keys';
import { emptyPersistedState } from '@/lib/store/persisted-schema';
import { memoryStorage } from '../../support/memory-storage';

const attempt = { lessonSlug: 'spin-locks', startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:05:00.000Z', answers: [], earned: 9, possible: 10, percent: 90, passed: true };
const saved = (state: unknown, version = 4) => JSON.stringify({ state, version });

async function hydrated(initial: Record<string, string>) {
  const mem = memoryStorage(initial);
  const store = createCourseStore({ getStorage: () => mem.storage });
  await store.persist.rehydrate();
  return { store, mem };
}

const backups = (items: Map<string, string>) => [...items.keys()].filter((k) => k.startsWith(BACKUP_KEY_PREFIX));

describe('the course store', () => {
  it('starts empty and hydrated when nothing is stored', async () => {
    const { store } = await hydrated({});
    expect(store.getState()).toMatchObject({ hydrated: true, attempts: [], unreadable: null, writeFailed: false });
  });

  it('restores saved progress and saves changes under one key', async () => {
    const { store, mem } = await hydrated({ [STORAGE_KEY]: saved({ ...emptyPersistedState(), attempts: [attempt] }) });
    expect(store.getState().attempts).toEqual([attempt]);
    store.getState().visitLesson('life-of-an-irp');
    const stored = JSON.parse(mem.items.get(STORAGE_KEY) ?? '{}');
    expect(stored.version).toBe(4);
    expect(Object.keys(stored.state.progress.lessons)).toEqual(['life-of-an-irp']);
    expect(stored.state.attempts).toEqual([attempt]);
    expect(stored.state).not.toHaveProperty('hydrated');
  });

  it('migrates format 1 (before notes, checks and bookmarks) to format 4 on load', async () => {
    const { annotations: _a, checkResults: _c, review: _r, bookmarks: _b, ...v1 } = { ...emptyPersistedState(), attempts: [attempt] };
    const { store, mem } = await hydrated({ [STORAGE_KEY]: saved(v1, 1) });
    expect(store.getState()).toMatchObject({ attempts: [attempt], annotations: [], checkResults: [], review: {}, bookmarks: [], unreadable: null });
    expect(JSON.parse(mem.items.get(STORAGE_KEY) ?? '{}').version).toBe(4);
  });

  it.each([
    ['text that is not JSON', '{"state": {"progress":'],
    ['JSON without the envelope', '[1,2,3]'],
    ['wrong types', saved({ ...emptyPersistedState(), attempts: 'many' })],
    ['an attempt with a string score', saved({ ...emptyPersistedState(), attempts: [{ ...attempt, percent: '90' }] })],
    ['a __proto__ key among the lessons', `{"state":{"progress":{"lessons":{"__proto__":{"visitedAt":"2026-01-01T00:00:00Z"}},"lastPosition":null},"attempts":[],"settings":{"theme":"system","updatedAt":null},"annotations":[],"checkResults":[],"review":{},"bookmarks":[],"resetAt":null},"version":4}`],
    ['a huge string', saved({ ...emptyPersistedState(), progress: { lessons: { x: { heading: 'h'.repeat(2_000_000) } }, lastPosition: null } })],
    ['a newer format version', saved(emptyPersistedState(), 99)],
  ])('backs up %s, starts fresh and says so', async (_name, raw) => {
    const { store, mem } = await hydrated({ [STORAGE_KEY]: raw });
    const { unreadable, attempts, hydrated: done } = store.getState();
    expect(done).toBe(true);
    expect(attempts).toEqual([]);
    expect(unreadable?.reason).toEqual(expect.any(String));
    expect(unreadable?.backupKey).toMatch(new RegExp(`^${BACKUP_KEY_PREFIX}`));
    expect(mem.items.get(unreadable?.backupKey ?? '')).toBe(raw);
    expect(backups(mem.items)).toHaveLength(1);
    expect(({} as Record<string, unknown>).visitedAt).toBeUndefined();
  });

  it('replaces unreadable data only after it has been backed up', async () => {
    const { store, mem } = await hydrated({ [STORAGE_KEY]: 'not json' });
    store.getState().visitLesson('spin-locks');
    expect(JSON.parse(mem.items.get(STORAGE_KEY) ?? '{}').state.progress.lessons).toHaveProperty('spin-locks');
    expect(mem.items.get(backups(mem.items)[0] ?? '')).toBe('not json');
  });

  it('keeps working in memory when writes fail, and flags it once', async () => {
    const { store, mem } = await hydrated({});
    mem.control.failWrites = true;
    store.getState().visitLesson('spin-locks');
    store.getState().recordAttempt(attempt);
    expect(store.getState().writeFailed).toBe(true);
    expect(store.getState().attempts).toEqual([attempt]);
    expect(store.getState().progress.lessons).toHaveProperty('spin-locks');
  });

  it('works with no storage at all', async () => {
    const store = createCourseStore({ getStorage: () => { throw new DOMException('denied', 'SecurityError'); } });
    await store.persist.rehydrate();
    store.getState().visitLesson('spin-locks');
    expect(store.getState()).toMatchObject({ hydrated: true, writeFailed: true });
  });

  it('lets two tabs write without either losing the other’s newer data', async () => {
    const mem = memoryStorage({});
    const tabA = createCourseStore({ getStorage: () => mem.storage });
    const tabB = createCourseStore({ getStorage: () => mem.storage });
    await tabA.persist.rehydrate();
    await tabB.persist.rehydrate();
    tabA.getState().recordAttempt(attempt);
    // Tab B has not seen A's write yet when it writes its own change.
    tabB.getState().visitLesson('life-of-an-irp');
    const stored = JSON.parse(mem.items.get(STORAGE_KEY) ?? '{}').state;
    expect(stored.attempts).toEqual([attempt]);
    expect(stored.progress.lessons).toHaveProperty('life-of-an-irp');
    // The storage event makes B re-read, after which it shows A's attempt too.
    await tabB.persist.rehydrate();
    expect(tabB.getState().attempts).toEqual([attempt]);
  });

  it('resets everything, and a tab with old data does not bring it back', async () => {
    const mem = memoryStorage({});
    const tabA = createCourseStore({ getStorage: () => mem.storage });
    const tabB = createCourseStore({ getStorage: () => mem.storage });
    await tabA.persist.rehydrate();
    await tabB.persist.rehydrate();
    tabA.getState().recordAttempt(attempt);
    await tabB.persist.rehydrate();
    tabA.getState().resetAll();
    tabB.getState().visitLesson('spin-locks');
    const stored = JSON.parse(mem.items.get(STORAGE_KEY) ?? '{}').state;
    expect(stored.attempts).toEqual([]);
  });
});
