import * as z from 'zod/mini';

const isoTime = z.iso.datetime({ offset: true });
const id = z.string().check(z.maxLength(200), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const MAX_NOTE_LENGTH = 4000;

/** A reader's note on a range of a snippet's lines. */
export const annotationSchema = z.strictObject({
  id,
  snippetId: id,
  startLine: z.int().check(z.minimum(1), z.maximum(10_000)),
  endLine: z.int().check(z.minimum(1), z.maximum(10_000)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_LENGTH)),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** SHA-256 of the snippet's text when the note was written: a different hash means it may have moved. */
  snippetHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The noted lines' text when written, shown if the snippet later changes. */
  lineText: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(500)),
  /** Deleted notes are kept as tombstones, so another tab's copy does not bring them back. */
  deletedAt: z.optional(isoTime),
});

export type Annotation = z.infer<typeof annotationSchema>;
