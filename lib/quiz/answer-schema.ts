import { z } from 'zod';

/** What a reader gave for one question. Stored with attempts, so it is a schema too. */
export const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choiceId: z.string() }).strict(),
  z.object({ type: z.literal('multiple'), choiceIds: z.array(z.string()) }).strict(),
  z.object({ type: z.literal('true-false'), value: z.boolean() }).strict(),
  /** Step ids in the order the reader put them. */
  z.object({ type: z.literal('order'), stepIds: z.array(z.string()) }).strict(),
  /** For each pair id on the left, the pair id of the right item the reader chose. */
  z.object({ type: z.literal('match'), matches: z.record(z.string(), z.string()) }).strict(),
  z.object({ type: z.literal('code-line'), lines: z.array(z.number().int()) }).strict(),
  z.object({ type: z.literal('short'), text: z.string() }).strict(),
]);

export type Answer = z.infer<typeof answerSchema>;
