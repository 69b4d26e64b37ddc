import type { Answer } from '@/lib/quiz/answer-schema';
import { seededShuffle } from '@/lib/quiz/seeded-shuffle';
import type { Question } from '@/lib/quiz/question-schema';

/**
 * The answer a question starts with: nothing, except for order, whose starting
 * arrangement is itself the reader's answer until they move a step.
 * The shuffle never starts in the right order.
 */
export function initialAnswer(question: Question, seed: string): Answer | null {
  if (question.type !== 'order') return null;
  const ids = question.steps.map((s) => s.id);
  let shuffled = seededShuffle(ids, `${seed}:${question.id}`);
  if (shuffled.every((id, i) => id === ids[i])) shuffled = [...shuffled.slice(1), ...shuffled.slice(0, 1)];
  return { type: 'order', stepIds: shuffled };
}
