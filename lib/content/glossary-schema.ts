import { z } from 'zod';
import { kebabCase, referenceSchema } from './lesson-schema';

/** One entry of `lessons/glossary.yaml`. */
export const glossaryTermSchema = z
  .object({
    /** Used by <Term id="..."> in lessons. */
    id: kebabCase,
    /** The term as written, e.g. "IRQL". */
    term: z.string().trim().min(1),
    /** Other names readers search for, e.g. "interrupt request level". */
    aka: z.array(z.string().trim().min(1)).default([]),
    /** One to three sentences; plain text with `code`. */
    definition: z.string().trim().min(1).max(600),
    /** Lessons that teach the term. */
    lessons: z.array(kebabCase).default([]),
    references: z.array(referenceSchema).default([]),
  })
  .strict();

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema) }).strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
