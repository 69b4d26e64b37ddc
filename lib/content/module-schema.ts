import { z } from 'zod';

/** `lessons/NN-module-slug/module.yaml`. */
export const moduleSchema = z
  .object({
    title: z.string().trim().min(1, 'title is required'),
    summary: z.string().trim().min(1, 'summary is required'),
  })
  .strict();

export type ModuleMeta = z.infer<typeof moduleSchema>;
