import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { STORAGE_KEY } from './keys';
import { CURRENT_VERSION, type MigrationSteps, MIGRATIONS, migratePersisted } from './migrations';
import { type PersistedState, emptyPersistedState, persistedStateSchema } from './persisted-schema';
import { type KeyValueStorage, createSafeStorage } from './safe-storage';
import { createAnnotationsSlice } from './slices/annotations-slice';
import { createAttemptsSlice } from './slices/attempts-slice';
import { createBookmarksSlice } from './slices/bookmarks-slice';
import { createPracticeSlice } from './slices/practice-slice';
import { createDataSlice, pickPersisted } from './slices/data-slice';
import { createProgressSlice } from './slices/progress-slice';
import { createRuntimeSlice } from './slices/runtime-slice';
import { createSettingsSlice } from './slices/settings-slice';
import type { CourseStore } from './store-types';

export interface StoreOptions {
  /** Where to save; `null` when there is no storage at all. Defaults to window.localStorage. */
  getStorage?: () => KeyValueStorage | null;
  migrations?: MigrationSteps;
}

/**
 * Builds the one store: slices combined, with persist on the combined store only.
 * Hydration is manual (skipHydration): the root layout's hydrator calls rehydrate() after mount,
 * so the server HTML and the first client render agree.
 */
export function createCourseStore({ getStorage = () => window.localStorage, migrations = MIGRATIONS }: StoreOptions = {}) {
  // The storage reports problems to the store it serves; the store exists by the time they happen.
  let report: (patch: Partial<CourseStore>) => void = () => {};
  const reported = { writeFailed: false };
  const storage = createSafeStorage(getStorage, {
    onUnreadable: (reason, backupKey) => report({ unreadable: { reason, backupKey } }),
    // Said once: the report's own write would fail again and must not loop.
    onWriteFailed: () => {
      if (!reported.writeFailed) {
        reported.writeFailed = true;
        report({ writeFailed: true });
      }
    },
  });

  /**
   * A persisted value that fails validation after its envelope was read: keep a copy and start
   * fresh. The notice waits for merge, since persist replaces the whole state right after it.
   */
  let pendingNotice: CourseStore['unreadable'] = null;
  const reject = (reason: string): PersistedState => {
    pendingNotice = storage.quarantine(STORAGE_KEY, reason);
    return emptyPersistedState();
  };

  const store = createStore<CourseStore>()(
    persist(
      (...a) => ({
        ...createProgressSlice(...a),
        ...createAttemptsSlice(...a),
        ...createSettingsSlice(...a),
        ...createAnnotationsSlice(...a),
        ...createPracticeSlice(...a),
        ...createBookmarksSlice(...a),
        ...createDataSlice(...a),
        ...createRuntimeSlice(...a),
      }),
      {
        name: STORAGE_KEY,
        version: CURRENT_VERSION,
        storage,
        skipHydration: true,
        partialize: (s) => pickPersisted(s) as unknown as CourseStore,
        migrate: (persisted, version) => {
          const result = migratePersisted(persisted, version, migrations);
          return (result.ok ? result.state : reject(result.reason)) as unknown as CourseStore;
        },
        merge: (persisted, current) => {
          if (persisted === undefined || persisted === null) return current;
          const parsed = persistedStateSchema.safeParse(persisted);
          const data = parsed.success ? parsed.data : reject(`does not match the expected shape (${parsed.error.issues[0]?.path.join('.') || 'root'})`);
          const unreadable = pendingNotice ?? current.unreadable;
          pendingNotice = null;
          return { ...current, ...data, unreadable };
        },
        onRehydrateStorage: () => () => report({ hydrated: true }),
      },
    ),
  );
  report = (patch) => store.setState(patch);
  return store;
}

export type CourseStoreApi = ReturnType<typeof createCourseStore>;
