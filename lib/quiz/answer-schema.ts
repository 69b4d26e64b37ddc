import * as z from 'zod/mini';

// zod/mini: this schema ships to the browser (stored attempts are validated there).

/** What a reader gave for one question. Stored with attempts, so it is a schema too. */
export const answerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), choiceId: z.string() }),
  z.strictObject({ type: z.literal('multiple'), choiceIds: z.array(z.string()) }),
  z.strictObject({ type: z.literal('true-false'), value: z.boolean() }),
  /** Step ids in the order the reader put them. */
  z.strictObject({ type: z.literal('order'), stepIds: z.array(z.string()) }),
  /** For each pair id on the left, the pair id of the right item the reader chose. */
  z.strictObject({ type: z.literal('match'), matches: z.record(z.string(), z.string()) }),
  z.strictObject({ type: z.literal('code-line'), lines: z.array(z.int()) }),
  z.strictObject({ type: z.literal('short'), text: z.string() }),
]);

export type Answer = z.infer<typeof answerSchema>;
