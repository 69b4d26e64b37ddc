import type { StateCreator } from 'zustand';
import { mergePersisted } from '../merge-persisted';
import { type PersistedState, emptyPersistedState } from '../persisted-schema';
import type { CourseStore } from '../store-types';

/** The reader's data as one plain object: what is saved, exported and imported. */
export function pickPersisted(s: CourseStore): PersistedState {
  return { progress: s.progress, attempts: s.attempts, settings: s.settings, annotations: s.annotations, checkResults: s.checkResults, review: s.review, bookmarks: s.bookmarks, resetAt: s.resetAt };
}

export interface DataSlice {
  resetAt: string | null;
  /** Replaces everything (Reset, or an import that replaces). Other tabs follow, without merging old data back. */
  replaceAll(state: PersistedState): void;
  /** Merges imported data in: every attempt kept (best scores win), later times win. */
  mergeIn(state: PersistedState): void;
  resetAll(): void;
}

export const createDataSlice: StateCreator<CourseStore, [], [], DataSlice> = (set, get) => ({
  resetAt: null,
  replaceAll: (state) => set({ ...state, resetAt: new Date().toISOString() }),
  mergeIn: (state) => {
    const current = pickPersisted(get());
    set(mergePersisted(current, { ...state, resetAt: current.resetAt }));
  },
  resetAll: () => set({ ...emptyPersistedState(), resetAt: new Date().toISOString() }),
});
