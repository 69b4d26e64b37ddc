import { z } from 'zod';
import { answerSchema } from '@/lib/quiz/answer-schema';

const isoTime = z.string().datetime({ offset: true });
// Lesson and question ids are kebab-case; this also keeps keys such as __proto__ out of records.
const slug = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const attemptRecordSchema = z
  .object({
    lessonSlug: slug,
    startedAt: isoTime,
    finishedAt: isoTime,
    answers: z
      .array(
        z
          .object({ questionId: slug, answer: answerSchema.nullable(), score: z.number().min(0).max(1), correct: z.boolean() })
          .strict(),
      )
      .max(200),
    earned: z.number().min(0),
    possible: z.number().int().min(0),
    percent: z.number().min(0).max(100),
    passed: z.boolean(),
  })
  .strict();

export const lessonProgressSchema = z
  .object({
    /** First and latest visits. */
    firstVisitedAt: isoTime.optional(),
    visitedAt: isoTime.optional(),
    /** The heading last read, by id. */
    heading: z.string().max(200).optional(),
    /** Marked read (done: true) or "Mark as not done" (done: false), and when. */
    marked: z.object({ done: z.boolean(), at: isoTime }).strict().optional(),
  })
  .strict();

export const settingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark', 'high-contrast']),
    updatedAt: isoTime.nullable(),
  })
  .strict();

/** Everything Ring Zero keeps for a reader, as stored (format version 1). */
export const persistedStateSchema = z
  .object({
    progress: z
      .object({
        lessons: z.record(slug, lessonProgressSchema),
        lastPosition: z.object({ lessonSlug: slug, heading: z.string().max(200).optional(), at: isoTime }).strict().nullable(),
      })
      .strict(),
    attempts: z.array(attemptRecordSchema).max(5000),
    settings: settingsSchema,
    /** Set by "Reset" and by a replacing import: older copies (another tab's) are not merged back in. */
    resetAt: isoTime.nullable(),
  })
  .strict();

export type PersistedState = z.infer<typeof persistedStateSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export function emptyPersistedState(): PersistedState {
  return {
    progress: { lessons: {}, lastPosition: null },
    attempts: [],
    settings: { theme: 'system', updatedAt: null },
    resetAt: null,
  };
}
