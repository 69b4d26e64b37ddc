import type { Question } from './question-schema';

/** A rule a question breaks that its shape alone cannot express. */
export interface QuestionProblem {
  field: string;
  message: string;
}

function duplicates(values: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  const repeated = new Set<string | number>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}

/** Checks the rules within one question; snippet bounds and id uniqueness are checked course-wide. */
export function questionProblems(question: Question): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const noDuplicates = (field: string, what: string, values: readonly (string | number)[]) => {
    const repeated = duplicates(values);
    if (repeated.length > 0) problems.push({ field, message: `duplicate ${what}: ${repeated.join(', ')}` });
  };

  switch (question.type) {
    case 'single':
    case 'multiple': {
      const correct = question.choices.filter((c) => c.correct).length;
      if (correct === 0) problems.push({ field: 'choices', message: 'no choice is marked correct' });
      if (question.type === 'single' && correct > 1) {
        problems.push({ field: 'choices', message: `a single-answer question has ${correct} correct choices` });
      }
      noDuplicates('choices', 'choice ids', question.choices.map((c) => c.id));
      noDuplicates('choices', 'choice texts', question.choices.map((c) => c.text));
      break;
    }
    case 'order':
      noDuplicates('steps', 'step ids', question.steps.map((s) => s.id));
      noDuplicates('steps', 'steps', question.steps.map((s) => s.text));
      break;
    case 'match':
      noDuplicates('pairs', 'pair ids', question.pairs.map((p) => p.id));
      noDuplicates('pairs', 'left items', question.pairs.map((p) => p.left));
      noDuplicates('pairs', 'right items', question.pairs.map((p) => p.right));
      break;
    case 'code-line':
      noDuplicates('lines', 'lines', question.lines);
      noDuplicates('lineFeedback', 'feedback lines', question.lineFeedback.map((f) => f.line));
      break;
    case 'short':
    case 'true-false':
      break;
  }
  return problems;
}
