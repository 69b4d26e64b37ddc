import { z } from 'zod';

/** A lesson slug or tag: lowercase words joined by hyphens. */
export const kebabCase = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');

/** A page a lesson rests on: a Microsoft Learn page title, or a WDK header name. */
export const referenceSchema = z
  .object({
    title: z.string().trim().min(1, 'title is required'),
    url: z
      .string()
      .url()
      .refine((u) => u.startsWith('https://learn.microsoft.com/'), {
        message: 'must be a https://learn.microsoft.com/ address',
      })
      .optional(),
  })
  .strict();

/** The frontmatter of `lesson.mdx`. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'title is required'),
    summary: z.string().trim().min(1, 'summary is required'),
    objectives: z.array(z.string().trim().min(1)).min(1, 'list at least one objective'),
    minutes: z.number().int().positive().max(240),
    prerequisites: z.array(kebabCase).default([]),
    tags: z.array(kebabCase).default([]),
    references: z.array(referenceSchema).min(1, 'name at least one reference'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type Reference = z.infer<typeof referenceSchema>;
