import type { StateCreator } from 'zustand';
import type { Settings } from '../persisted-schema';
import type { CourseStore } from '../store-types';

export interface SettingsSlice {
  settings: Settings;
  setTheme(theme: Settings['theme']): void;
}

export const createSettingsSlice: StateCreator<CourseStore, [], [], SettingsSlice> = (set) => ({
  settings: { theme: 'system', updatedAt: null },
  setTheme: (theme) => set({ settings: { theme, updatedAt: new Date().toISOString() } }),
});
