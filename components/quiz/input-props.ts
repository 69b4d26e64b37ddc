import type { Answer } from '@/lib/quiz/answer-schema';
import type { Grade } from '@/lib/quiz/grade-answer';
import type { QuestionOf, QuestionType } from '@/lib/quiz/question-schema';
import type { RenderedQuestion } from '@/lib/quiz/rendered-quiz';

/** What every question-type input receives. */
export interface InputProps<T extends QuestionType> {
  rendered: RenderedQuestion & { question: QuestionOf<T> };
  answer: Extract<Answer, { type: T }> | null;
  onAnswer: (answer: Extract<Answer, { type: T }>) => void;
  /** Set once the answer is checked: the input becomes read-only and shows the verdicts. */
  grade: Grade | null;
  /** Seeds this attempt's shuffle of the question's items. */
  seed: string;
  announce: (message: string) => void;
  promptId: string;
}

/** The verdict the grade gives one item, if any. */
export function verdictFor(grade: Grade | null, target: string) {
  return grade?.items.find((item) => item.target === target)?.verdict;
}

export const VERDICT_TEXT = {
  correct: 'Correct',
  incorrect: 'Incorrect',
  missed: 'Missed: this is right',
} as const;

/** Markdown reduced to plain text, for places that cannot hold HTML (a <select>'s options). */
export function plainText(markdown: string): string {
  return markdown.replace(/[`*_]/g, '');
}
