import type { Question } from './question-schema';

/**
 * A question as the browser receives it: the question itself, for grading, and its
 * Markdown already rendered to HTML at build time, so no Markdown parser ships to the client.
 *
 * `html` keys: `prompt`, `explanation`, `choice:<id>`, `feedback:<id>`, `step:<id>`,
 * `left:<id>`, `right:<id>`, `tf:true`, `tf:false`, `line-note:<n>`.
 */
export interface RenderedQuestion {
  question: Question;
  html: Record<string, string>;
  /** For code-line questions: the snippet's lines, highlighted. */
  codeLines?: string[];
  codeFile?: string;
}

export interface RenderedQuiz {
  lessonSlug: string;
  passMark: number;
  questions: RenderedQuestion[];
}
