import type { StateCreator } from 'zustand';
import type { CourseStore } from '../store-types';

/** Saved data that could not be used, and where a copy of it was put. */
export interface UnreadableNotice {
  reason: string;
  backupKey: string | null;
}

/** State about this page's session; never saved. */
export interface RuntimeSlice {
  hydrated: boolean;
  unreadable: UnreadableNotice | null;
  writeFailed: boolean;
  dismissUnreadable(): void;
}

export const createRuntimeSlice: StateCreator<CourseStore, [], [], RuntimeSlice> = (set) => ({
  hydrated: false,
  unreadable: null,
  writeFailed: false,
  dismissUnreadable: () => set({ unreadable: null }),
});
