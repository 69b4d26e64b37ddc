import * as z from 'zod/mini';
import { answerSchema } from '@/lib/quiz/answer-schema';

const isoTime = z.iso.datetime({ offset: true });
const id = z.string().check(z.maxLength(200), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** A finished stand-alone knowledge check (or a track's check), as stored and exported. */
export const checkResultSchema = z.strictObject({
  seed: z.string().check(z.maxLength(40)),
  topics: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40)),
  count: z.int().check(z.minimum(1), z.maximum(100)),
  /** Set when the check was one a track requires. */
  track: z.optional(z.strictObject({ trackId: id, checkId: id })),
  startedAt: isoTime,
  finishedAt: isoTime,
  earned: z.number().check(z.minimum(0)),
  possible: z.int().check(z.minimum(0)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  answers: z.array(z.strictObject({ questionId: id, answer: z.nullable(answerSchema), score: z.number().check(z.minimum(0), z.maximum(1)), correct: z.boolean() })).check(z.maxLength(100)),
});

export type CheckResult = z.infer<typeof checkResultSchema>;
