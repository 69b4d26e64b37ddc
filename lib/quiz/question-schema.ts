import { z } from 'zod';
import { kebabCase, referenceSchema } from '@/lib/content/lesson-schema';

const markdown = z.string().trim().min(1);

/** A simulator shown with the question: "predict the next step", "fix this driver", "which version deadlocks". */
export const questionSimulationSchema = z
  .object({
    kind: z.enum(['irp-flow', 'lock-lab']),
    scenario: kebabCase,
    /** Open at this step (1-based). */
    step: z.number().int().positive().optional(),
    /** For the lock lab: the version to show first. */
    variant: kebabCase.optional(),
  })
  .strict();

/** Fields every question has. */
const base = {
  /** Stable across the course: attempts and the review queue are keyed by it. */
  id: kebabCase,
  prompt: markdown,
  /** Shown after answering: why the right answer is right, and why the tempting one is wrong. */
  explanation: markdown,
  tags: z.array(kebabCase).default([]),
  references: z.array(referenceSchema).default([]),
  simulation: questionSimulationSchema.optional(),
};

export const choiceSchema = z
  .object({
    id: kebabCase,
    text: markdown,
    correct: z.boolean().default(false),
    /** Shown beside this choice after checking. */
    feedback: markdown.optional(),
    /** Keeps its place when the others are shuffled ("All of the above"). */
    pinned: z.boolean().default(false),
  })
  .strict();

const singleSchema = z.object({ ...base, type: z.literal('single'), choices: z.array(choiceSchema).min(2).max(8) }).strict();
const multipleSchema = z.object({ ...base, type: z.literal('multiple'), choices: z.array(choiceSchema).min(2).max(8) }).strict();

const trueFalseSchema = z
  .object({
    ...base,
    type: z.literal('true-false'),
    answer: z.boolean(),
    /** Feedback for a reader who answered true, or false. */
    feedback: z.object({ true: markdown.optional(), false: markdown.optional() }).strict().optional(),
  })
  .strict();

const stepSchema = z.object({ id: kebabCase, text: markdown }).strict();
/** Steps are listed in their correct order; the reader sees them shuffled. */
const orderSchema = z.object({ ...base, type: z.literal('order'), steps: z.array(stepSchema).min(3).max(8) }).strict();

const pairSchema = z.object({ id: kebabCase, left: markdown, right: markdown }).strict();
const matchSchema = z.object({ ...base, type: z.literal('match'), pairs: z.array(pairSchema).min(2).max(8) }).strict();

const lineFeedbackSchema = z.object({ line: z.number().int().positive(), text: markdown }).strict();
const codeLineSchema = z
  .object({
    ...base,
    type: z.literal('code-line'),
    /** The snippet id whose lines the reader picks from. */
    snippet: kebabCase,
    /** The lines that hold the bug. */
    lines: z.array(z.number().int().positive()).min(1),
    /** Feedback on specific lines, right or wrong ("this line is fine: the lock is released below"). */
    lineFeedback: z.array(lineFeedbackSchema).default([]),
  })
  .strict();

const shortSchema = z
  .object({
    ...base,
    type: z.literal('short'),
    /** Accepted answers; case and runs of whitespace are folded unless caseSensitive. */
    accepted: z.array(z.string().trim().min(1)).min(1),
    caseSensitive: z.boolean().default(false),
    placeholder: z.string().optional(),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  orderSchema,
  matchSchema,
  codeLineSchema,
  shortSchema,
]);

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'order', 'match', 'code-line', 'short'] as const;

/** A lesson's `quiz.yaml`. */
export const quizSchema = z
  .object({
    /** Percent needed to pass this lesson's check. */
    passMark: z.number().int().min(1).max(100).default(80),
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Choice = z.infer<typeof choiceSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type QuestionSimulation = z.infer<typeof questionSimulationSchema>;
