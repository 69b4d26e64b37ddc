/** @jest-environment node */
import { ContentError } from '@/lib/content/content-error';
import { loadCourse } from '@/lib/content/load-course';
import { questionProblems } from '@/lib/quiz/question-rules';
import { questionSchema, quizSchema } from '@/lib/quiz/question-schema';
import { validCourseFiles, writeTree } from '../../support/content-fixture';

const base = { id: 'q', prompt: 'P', explanation: 'E' };
const choices = (...correct: boolean[]) => correct.map((c, i) => ({ id: `c${i}`, text: `Choice ${i}`, correct: c }));

/** The problems the schema and the rules find in one question. */
function problemsOf(question: unknown): string[] {
  const parsed = questionSchema.safeParse(question);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  return questionProblems(parsed.data).map((p) => `${p.field}: ${p.message}`);
}

describe('questionSchema and questionProblems', () => {
  it('accept a well-formed question of each type', () => {
    expect(problemsOf({ ...base, type: 'single', choices: choices(true, false) })).toEqual([]);
    expect(problemsOf({ ...base, type: 'multiple', choices: choices(true, true, false) })).toEqual([]);
    expect(problemsOf({ ...base, type: 'true-false', answer: true })).toEqual([]);
    expect(problemsOf({ ...base, type: 'order', steps: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }] })).toEqual([]);
    expect(problemsOf({ ...base, type: 'match', pairs: [{ id: 'a', left: 'A', right: '1' }, { id: 'b', left: 'B', right: '2' }] })).toEqual([]);
    expect(problemsOf({ ...base, type: 'code-line', snippet: 's', lines: [3] })).toEqual([]);
    expect(problemsOf({ ...base, type: 'short', accepted: ['IoCallDriver'] })).toEqual([]);
  });

  it('rejects a choice list with no correct answer', () => {
    expect(problemsOf({ ...base, type: 'multiple', choices: choices(false, false) })).toEqual(['choices: no choice is marked correct']);
  });

  it('rejects a single-answer question with two correct choices', () => {
    expect(problemsOf({ ...base, type: 'single', choices: choices(true, true) })).toEqual(['choices: a single-answer question has 2 correct choices']);
  });

  it('rejects an order with duplicate steps', () => {
    const steps = [{ id: 'a', text: 'Same' }, { id: 'b', text: 'Same' }, { id: 'c', text: 'C' }];
    expect(problemsOf({ ...base, type: 'order', steps })).toEqual(['steps: duplicate steps: Same']);
  });

  it('rejects an order with fewer than 3 or more than 8 steps', () => {
    const step = (i: number) => ({ id: `s${i}`, text: `S${i}` });
    expect(problemsOf({ ...base, type: 'order', steps: [step(1), step(2)] })).not.toEqual([]);
    expect(problemsOf({ ...base, type: 'order', steps: Array.from({ length: 9 }, (_, i) => step(i)) })).not.toEqual([]);
  });

  it('rejects a question with no explanation, an unknown type or an unknown key', () => {
    expect(problemsOf({ id: 'q', prompt: 'P', type: 'true-false', answer: true })).not.toEqual([]);
    expect(problemsOf({ ...base, type: 'essay' })).not.toEqual([]);
    expect(problemsOf({ ...base, type: 'true-false', answer: true, hint: 'x' })).not.toEqual([]);
  });

  it('rejects a match with a repeated right item', () => {
    expect(problemsOf({ ...base, type: 'match', pairs: [{ id: 'a', left: 'A', right: '1' }, { id: 'b', left: 'B', right: '1' }] })).toEqual(['pairs: duplicate right items: 1']);
  });

  it('defaults the pass mark to 80', () => {
    expect(quizSchema.parse({ questions: [{ ...base, type: 'true-false', answer: true }] }).passMark).toBe(80);
  });
});

describe('quiz.yaml in the content check', () => {
  function issuesWithQuiz(quizYaml: string, extra: Record<string, string> = {}) {
    const files = { ...validCourseFiles(), 'lessons/01-basics/01-first/quiz.yaml': quizYaml, ...extra };
    try {
      loadCourse(writeTree(files));
      return [];
    } catch (error) {
      if (error instanceof ContentError) return error.issues;
      throw error;
    }
  }
  const question = (id: string, rest: string) => `  - id: ${id}\n    prompt: P\n    explanation: E\n${rest}`;

  it('counts questions by type in the statistics', () => {
    expect(issuesWithQuiz(`questions:\n${question('q1', '    type: true-false\n    answer: true\n')}`)).toEqual([]);
  });

  it('names the file and the question id for a choice list with no correct answer', () => {
    const yaml = `questions:\n${question('no-right', '    type: single\n    choices:\n      - { id: a, text: A }\n      - { id: b, text: B }\n')}`;
    expect(issuesWithQuiz(yaml)).toEqual([
      { file: 'lessons/01-basics/01-first/quiz.yaml', field: 'questions.0 (no-right).choices', message: 'no choice is marked correct' },
    ]);
  });

  it('names the question id in schema errors too', () => {
    const yaml = `questions:\n${question('bad-mark', '    type: true-false\n    answer: maybe\n')}`;
    expect(issuesWithQuiz(yaml)).toEqual([expect.objectContaining({ field: 'questions.0 (bad-mark).answer' })]);
  });

  it('rejects a code-line question pointing past the snippet’s last line', () => {
    const yaml = `questions:\n${question('too-far', '    type: code-line\n    snippet: hello\n    lines: [2, 3]\n')}`;
    expect(issuesWithQuiz(yaml)).toEqual([
      { file: 'lessons/01-basics/01-first/quiz.yaml', field: 'questions.0 (too-far).lines', message: 'line 3 is past the last line of hello (2)' },
    ]);
  });

  it('rejects a code-line question naming no snippet', () => {
    const yaml = `questions:\n${question('ghost', '    type: code-line\n    snippet: ghost-snippet\n    lines: [1]\n')}`;
    expect(issuesWithQuiz(yaml)).toEqual([expect.objectContaining({ field: 'questions.0 (ghost).snippet' })]);
  });

  it('rejects a question id used twice across the course', () => {
    const tf = (id: string) => `questions:\n${question(id, '    type: true-false\n    answer: true\n')}`;
    expect(issuesWithQuiz(tf('shared-id'), { 'lessons/02-more/01-third/quiz.yaml': tf('shared-id') })).toEqual([
      { file: 'lessons/02-more/01-third/quiz.yaml', field: 'questions.0 (shared-id)', message: 'duplicate question id (also in lesson first)' },
    ]);
  });
});
