import type { AnnotationsSlice } from './slices/annotations-slice';
import type { AttemptsSlice } from './slices/attempts-slice';
import type { BookmarksSlice } from './slices/bookmarks-slice';
import type { DataSlice } from './slices/data-slice';
import type { PracticeSlice } from './slices/practice-slice';
import type { ProgressSlice } from './slices/progress-slice';
import type { RuntimeSlice } from './slices/runtime-slice';
import type { SettingsSlice } from './slices/settings-slice';

/** The one store: progress, quiz attempts, settings, notes, whole-state operations, and session flags. */
export type CourseStore = ProgressSlice & AttemptsSlice & SettingsSlice & AnnotationsSlice & PracticeSlice & BookmarksSlice & DataSlice & RuntimeSlice;
