import * as z from 'zod/mini';
import { annotationSchema } from '@/lib/annotations/annotation-schema';
import { checkResultSchema } from '@/lib/checks/check-result-schema';
import { answerSchema } from '@/lib/quiz/answer-schema';

// zod/mini keeps this schema small enough to validate saved progress on every page.

const isoTime = z.iso.datetime({ offset: true });
// Lesson and question ids are kebab-case; this also keeps keys such as __proto__ out of records.
const slug = z.string().check(z.maxLength(200), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const shortText = z.string().check(z.maxLength(200));

export const attemptRecordSchema = z.strictObject({
  lessonSlug: slug,
  startedAt: isoTime,
  finishedAt: isoTime,
  answers: z
    .array(
      z.strictObject({
        questionId: slug,
        answer: z.nullable(answerSchema),
        score: z.number().check(z.minimum(0), z.maximum(1)),
        correct: z.boolean(),
      }),
    )
    .check(z.maxLength(200)),
  earned: z.number().check(z.minimum(0)),
  possible: z.int().check(z.minimum(0)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
});

export const lessonProgressSchema = z.strictObject({
  /** First and latest visits. */
  firstVisitedAt: z.optional(isoTime),
  visitedAt: z.optional(isoTime),
  /** The heading last read, by id. */
  heading: z.optional(shortText),
  /** Marked read (done: true) or "Mark as not done" (done: false), and when. */
  marked: z.optional(z.strictObject({ done: z.boolean(), at: isoTime })),
});

export const settingsSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark', 'high-contrast']),
  updatedAt: z.nullable(isoTime),
});

/** Everything Ring Zero keeps for a reader, as stored (format version 4). */
export const persistedStateSchema = z.strictObject({
  progress: z.strictObject({
    lessons: z.record(slug, lessonProgressSchema),
    lastPosition: z.nullable(z.strictObject({ lessonSlug: slug, heading: z.optional(shortText), at: isoTime })),
  }),
  attempts: z.array(attemptRecordSchema).check(z.maxLength(5000)),
  settings: settingsSchema,
  /** The reader's notes on snippet lines (since format version 2). */
  annotations: z.array(annotationSchema).check(z.maxLength(20_000)),
  /** Stand-alone and track knowledge checks (since format version 3). */
  checkResults: z.array(checkResultSchema).check(z.maxLength(2000)),
  /** The spaced review queue, by question id (since format version 3). */
  review: z.record(slug, z.strictObject({ box: z.int().check(z.minimum(1), z.maximum(5)), due: isoTime, lastReviewed: isoTime, lapses: z.int().check(z.minimum(0)) })),
  /** Bookmarked lesson headings (since format version 4); removed ones are kept as tombstones. */
  bookmarks: z.array(z.strictObject({ lessonSlug: slug, headingId: shortText, headingText: shortText, createdAt: isoTime, removedAt: z.optional(isoTime) })).check(z.maxLength(2000)),
  /** Set by "Reset" and by a replacing import: older copies (another tab's) are not merged back in. */
  resetAt: z.nullable(isoTime),
});

export type PersistedState = z.infer<typeof persistedStateSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Bookmark = PersistedState['bookmarks'][number];

export function emptyPersistedState(): PersistedState {
  return {
    progress: { lessons: {}, lastPosition: null },
    attempts: [],
    settings: { theme: 'system', updatedAt: null },
    annotations: [],
    checkResults: [],
    review: {},
    bookmarks: [],
    resetAt: null,
  };
}
