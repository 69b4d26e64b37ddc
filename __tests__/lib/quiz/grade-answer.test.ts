/** @jest-environment node */
import type { Answer } from '@/lib/quiz/answer-schema';
import { foldShortAnswer, gradeAnswer } from '@/lib/quiz/grade-answer';
import { sample } from '../../support/questions';

describe('gradeAnswer', () => {
  describe('single', () => {
    it('marks the right choice correct', () => {
      expect(gradeAnswer(sample.single, { type: 'single', choiceId: 'dispatch' })).toMatchObject({ outcome: 'correct', score: 1, answered: true });
    });

    it('marks a wrong choice incorrect, with its feedback and the missed right choice', () => {
      const g = gradeAnswer(sample.single, { type: 'single', choiceId: 'passive' });
      expect(g).toMatchObject({ outcome: 'incorrect', score: 0 });
      expect(g.items).toEqual([
        { target: 'dispatch', verdict: 'missed' },
        { target: 'passive', verdict: 'incorrect', text: 'Acquiring raises the IRQL.' },
      ]);
    });

    it('treats an unknown choice id as wrong, not as an error', () => {
      expect(gradeAnswer(sample.single, { type: 'single', choiceId: 'nope' })).toMatchObject({ outcome: 'incorrect', score: 0 });
    });
  });

  describe('multiple', () => {
    it('gives full credit only for exactly the right set', () => {
      expect(gradeAnswer(sample.multiple, { type: 'multiple', choiceIds: ['c', 'a', 'b'] }).outcome).toBe('correct');
    });

    it('gives partial credit for some right picks', () => {
      expect(gradeAnswer(sample.multiple, { type: 'multiple', choiceIds: ['a', 'b'] })).toMatchObject({ outcome: 'partial', score: 0.667 });
    });

    it('takes a wrong pick off the score', () => {
      expect(gradeAnswer(sample.multiple, { type: 'multiple', choiceIds: ['a', 'b', 'c', 'd'] })).toMatchObject({ outcome: 'partial', score: 0.667 });
    });

    it('never goes below zero', () => {
      expect(gradeAnswer(sample.multiple, { type: 'multiple', choiceIds: ['d', 'x', 'y'] })).toMatchObject({ outcome: 'incorrect', score: 0 });
    });

    it('counts a repeated pick once', () => {
      expect(gradeAnswer(sample.multiple, { type: 'multiple', choiceIds: ['a', 'a', 'a'] }).score).toBe(0.333);
    });

    it('shows feedback for a right choice the reader missed', () => {
      const g = gradeAnswer(sample.multiple, { type: 'multiple', choiceIds: ['a'] });
      expect(g.items).toContainEqual({ target: 'c', verdict: 'missed', text: 'C counts too.' });
    });
  });

  describe('true-false', () => {
    it('grades the value and gives the feedback for the value chosen', () => {
      expect(gradeAnswer(sample.trueFalse, { type: 'true-false', value: false })).toMatchObject({ outcome: 'correct' });
      expect(gradeAnswer(sample.trueFalse, { type: 'true-false', value: true })).toMatchObject({ outcome: 'incorrect', summary: 'It does not.' });
    });
  });

  describe('order', () => {
    it('gives full credit for the right order', () => {
      expect(gradeAnswer(sample.order, { type: 'order', stepIds: ['s1', 's2', 's3', 's4', 's5'] }).outcome).toBe('correct');
    });

    it('gives partial credit by the longest run in the right relative order', () => {
      // s2..s5 are in order; only s1 is out of place: 4 of 5 in order -> (4-1)/(5-1).
      expect(gradeAnswer(sample.order, { type: 'order', stepIds: ['s2', 's3', 's4', 's5', 's1'] })).toMatchObject({ outcome: 'partial', score: 0.75 });
    });

    it('gives nothing for the reverse order', () => {
      expect(gradeAnswer(sample.order, { type: 'order', stepIds: ['s5', 's4', 's3', 's2', 's1'] })).toMatchObject({ outcome: 'incorrect', score: 0 });
    });

    it('marks each step in or out of its place', () => {
      const g = gradeAnswer(sample.order, { type: 'order', stepIds: ['s1', 's3', 's2', 's4', 's5'] });
      expect(g.items.map((i) => i.verdict)).toEqual(['correct', 'incorrect', 'incorrect', 'correct', 'correct']);
    });

    it('does not give full credit for a list with steps missing or unknown', () => {
      expect(gradeAnswer(sample.order, { type: 'order', stepIds: ['s1', 's2', 's3', 's4'] }).outcome).toBe('partial');
      expect(gradeAnswer(sample.order, { type: 'order', stepIds: ['s1', 's2', 'x', 's4', 's5'] }).outcome).toBe('partial');
    });
  });

  describe('match', () => {
    it('gives credit per pair', () => {
      const g = gradeAnswer(sample.match, { type: 'match', matches: { p1: 'p1', p2: 'p3', p3: 'p2', p4: 'p4' } });
      expect(g).toMatchObject({ outcome: 'partial', score: 0.5 });
      expect(g.items.map((i) => i.verdict)).toEqual(['correct', 'incorrect', 'incorrect', 'correct']);
    });

    it('marks unmatched left items as missed', () => {
      const g = gradeAnswer(sample.match, { type: 'match', matches: { p1: 'p1' } });
      expect(g).toMatchObject({ score: 0.25 });
      expect(g.items[3]).toEqual({ target: 'p4', verdict: 'missed' });
    });

    it('ignores keys that are not left items, such as __proto__', () => {
      const matches = JSON.parse('{"__proto__": "p1", "zz": "p1"}') as Record<string, string>;
      expect(gradeAnswer(sample.match, { type: 'match', matches })).toMatchObject({ answered: false, score: 0 });
    });
  });

  describe('code-line', () => {
    it('gives full credit for exactly the buggy lines', () => {
      expect(gradeAnswer(sample.codeLine, { type: 'code-line', lines: [21, 14] }).outcome).toBe('correct');
    });

    it('shows the feedback on a wrong line that the author annotated', () => {
      const g = gradeAnswer(sample.codeLine, { type: 'code-line', lines: [9, 14] });
      expect(g).toMatchObject({ outcome: 'incorrect', score: 0 });
      expect(g.items).toEqual([
        { target: '9', verdict: 'incorrect', text: 'This line is fine: the lock is released below.' },
        { target: '14', verdict: 'correct', text: 'Paged pool at DISPATCH_LEVEL.' },
        { target: '21', verdict: 'missed' },
      ]);
    });

    it('gives half for one of two bugs', () => {
      expect(gradeAnswer(sample.codeLine, { type: 'code-line', lines: [14] })).toMatchObject({ outcome: 'partial', score: 0.5 });
    });
  });

  describe('short', () => {
    it('accepts any listed answer, folding case and whitespace', () => {
      expect(gradeAnswer(sample.short, { type: 'short', text: '  keacquirespinlock ' }).outcome).toBe('correct');
      expect(gradeAnswer(sample.short, { type: 'short', text: 'KeAcquireSpinLockRaiseToDpc' }).outcome).toBe('correct');
    });

    it('rejects other text', () => {
      expect(gradeAnswer(sample.short, { type: 'short', text: 'KeAcquireSpinLockAtDpcLevel' }).outcome).toBe('incorrect');
    });

    it('honours caseSensitive', () => {
      const strict = { ...sample.short, caseSensitive: true };
      expect(gradeAnswer(strict, { type: 'short', text: 'keacquirespinlock' }).outcome).toBe('incorrect');
    });
  });

  describe('empty and mismatched answers', () => {
    it.each([
      ['no answer', sample.single, null],
      ['no choice', sample.multiple, { type: 'multiple', choiceIds: [] }],
      ['no steps', sample.order, { type: 'order', stepIds: [] }],
      ['no matches', sample.match, { type: 'match', matches: {} }],
      ['no lines', sample.codeLine, { type: 'code-line', lines: [] }],
      ['blank text', sample.short, { type: 'short', text: '   ' }],
    ] as const)('grades %s as unanswered with no credit', (_name, question, answer) => {
      expect(gradeAnswer(question, answer as Answer | null)).toMatchObject({ answered: false, score: 0, outcome: 'incorrect' });
    });

    it('grades an answer of the wrong type as incorrect', () => {
      expect(gradeAnswer(sample.single, { type: 'short', text: 'dispatch' })).toMatchObject({ outcome: 'incorrect', score: 0 });
    });
  });
});

describe('foldShortAnswer', () => {
  it('trims, collapses whitespace and lowers case', () => {
    expect(foldShortAnswer('  STATUS_MORE \t PROCESSING ', false)).toBe('status_more processing');
  });
});
