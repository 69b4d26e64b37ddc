import { type Question, type QuestionOf, questionSchema } from '@/lib/quiz/question-schema';

const base = { prompt: 'Prompt?', explanation: 'Because.' };

/** Sample questions of every type, parsed through the real schema. */
export const sample = {
  single: questionSchema.parse({
    ...base, id: 'q-single', type: 'single',
    choices: [
      { id: 'dispatch', text: 'DISPATCH_LEVEL', correct: true },
      { id: 'passive', text: 'PASSIVE_LEVEL', feedback: 'Acquiring raises the IRQL.' },
      { id: 'apc', text: 'APC_LEVEL' },
    ],
  }) as QuestionOf<'single'>,
  multiple: questionSchema.parse({
    ...base, id: 'q-multiple', type: 'multiple',
    choices: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: true },
      { id: 'c', text: 'C', correct: true, feedback: 'C counts too.' },
      { id: 'd', text: 'D' },
    ],
  }) as QuestionOf<'multiple'>,
  trueFalse: questionSchema.parse({
    ...base, id: 'q-tf', type: 'true-false', answer: false, feedback: { true: 'It does not.' },
  }) as QuestionOf<'true-false'>,
  order: questionSchema.parse({
    ...base, id: 'q-order', type: 'order',
    steps: [{ id: 's1', text: 'One' }, { id: 's2', text: 'Two' }, { id: 's3', text: 'Three' }, { id: 's4', text: 'Four' }, { id: 's5', text: 'Five' }],
  }) as QuestionOf<'order'>,
  match: questionSchema.parse({
    ...base, id: 'q-match', type: 'match',
    pairs: [{ id: 'p1', left: 'L1', right: 'R1' }, { id: 'p2', left: 'L2', right: 'R2' }, { id: 'p3', left: 'L3', right: 'R3' }, { id: 'p4', left: 'L4', right: 'R4' }],
  }) as QuestionOf<'match'>,
  codeLine: questionSchema.parse({
    ...base, id: 'q-code', type: 'code-line', snippet: 'spin-bug', lines: [14, 21],
    lineFeedback: [{ line: 14, text: 'Paged pool at DISPATCH_LEVEL.' }, { line: 9, text: 'This line is fine: the lock is released below.' }],
  }) as QuestionOf<'code-line'>,
  short: questionSchema.parse({
    ...base, id: 'q-short', type: 'short', accepted: ['KeAcquireSpinLock', 'KeAcquireSpinLockRaiseToDpc'],
  }) as QuestionOf<'short'>,
} satisfies Record<string, Question>;
