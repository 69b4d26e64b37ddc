import { z } from 'zod';

/** One author note on a line or a range of lines of a snippet. */
export const authorNoteSchema = z
  .object({
    line: z.number().int().positive(),
    endLine: z.number().int().positive().optional(),
    text: z.string().trim().min(1, 'text is required'),
  })
  .strict()
  .refine((n) => n.endLine === undefined || n.endLine >= n.line, {
    message: 'endLine must not come before line',
    path: ['endLine'],
  });

/** `snippets/<id>.notes.yaml` beside a snippet. */
export const snippetNotesSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    /** Set on snippets that show a bug on purpose: which lines, and what is wrong. */
    bugs: z.string().trim().min(1).optional(),
    notes: z.array(authorNoteSchema).default([]),
  })
  .strict();

export type AuthorNote = z.infer<typeof authorNoteSchema>;
export type SnippetNotes = z.infer<typeof snippetNotesSchema>;
