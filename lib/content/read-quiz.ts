import fs from 'node:fs';
import { questionProblems } from '@/lib/quiz/question-rules';
import { type Quiz, quizSchema } from '@/lib/quiz/question-schema';
import { UNPARSABLE, parseYamlText, type Reporter, validate } from './read-files';

/** The field path of a question, naming its id so an author can find it. */
export function questionField(index: number, id: unknown, rest?: string): string {
  return `questions.${index}${typeof id === 'string' ? ` (${id})` : ''}${rest ? `.${rest}` : ''}`;
}

/** Reads and validates a lesson's `quiz.yaml`, reporting each problem with the question id. */
export function readQuiz(absFile: string, reporter: Reporter): Quiz | null {
  const data = parseYamlText(fs.readFileSync(absFile, 'utf8'), absFile, reporter);
  if (data === UNPARSABLE) return null;
  const before = reporter.issues.length;
  const quiz = validate(quizSchema, data, absFile, reporter);
  // Name the question id in zod's field paths (questions.3.choices -> questions.3 (id).choices).
  const raw = (data as { questions?: { id?: unknown }[] } | null)?.questions;
  for (const issue of reporter.issues.slice(before)) {
    const match = /^questions\.(\d+)(?:\.(.*))?$/.exec(issue.field ?? '');
    if (match && Array.isArray(raw)) issue.field = questionField(Number(match[1]), raw[Number(match[1])]?.id, match[2]);
  }
  if (!quiz) return null;
  quiz.questions.forEach((question, index) => {
    for (const problem of questionProblems(question)) {
      reporter.report(absFile, problem.message, questionField(index, question.id, problem.field));
    }
  });
  return quiz;
}
