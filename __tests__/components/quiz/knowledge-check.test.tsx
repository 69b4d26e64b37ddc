import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KnowledgeCheck } from '@/components/quiz/knowledge-check';
import { createMemoryAttemptLog } from '@/lib/quiz/attempt-log';
import type { Question } from '@/lib/quiz/question-schema';
import type { RenderedQuiz } from '@/lib/quiz/rendered-quiz';
import { sample } from '../../support/questions';

/** Renders questions the way the build would hand them over, with plain text as HTML. */
function quizOf(...questions: Question[]): RenderedQuiz {
  return {
    lessonSlug: 'spin-locks',
    passMark: 80,
    questions: questions.map((question) => {
      const html: Record<string, string> = { prompt: `<p>${question.prompt} (${question.id})</p>`, explanation: `<p>Why: ${question.id}</p>` };
      if (question.type === 'single' || question.type === 'multiple') {
        for (const c of question.choices) {
          html[`choice:${c.id}`] = c.text;
          if (c.feedback) html[`feedback:${c.id}`] = c.feedback;
        }
      }
      if (question.type === 'order') for (const s of question.steps) html[`step:${s.id}`] = s.text;
      if (question.type === 'match') for (const p of question.pairs) Object.assign(html, { [`left:${p.id}`]: p.left, [`right:${p.id}`]: p.right });
      if (question.type === 'code-line') for (const f of question.lineFeedback) html[`line-note:${f.line}`] = f.text;
      const codeLines = question.type === 'code-line' ? Array.from({ length: 22 }, (_, i) => `line ${i + 1};`) : undefined;
      return codeLines ? { question, html, codeLines } : { question, html };
    }),
  };
}

async function start(quiz: RenderedQuiz, log = createMemoryAttemptLog()) {
  const user = userEvent.setup();
  render(<KnowledgeCheck quiz={quiz} log={log} makeSeed={() => 'fixed-seed'} />);
  await user.click(screen.getByRole('button', { name: 'Start the check' }));
  return { user, log };
}

const liveRegion = () => document.querySelector('[aria-live="polite"]');

describe('KnowledgeCheck', () => {
  it('answers a single-choice question by keyboard and shows the verdict, feedback and explanation', async () => {
    const { user } = await start(quizOf(sample.single));
    expect(screen.getByRole('heading', { name: 'Question 1 of 1' })).toHaveFocus();
    await user.tab();
    const firstRadio = screen.getAllByRole('radio').find((r) => r === document.activeElement);
    expect(firstRadio).toBeDefined();
    // Arrow keys move between radios; select PASSIVE_LEVEL, the tempting wrong answer.
    while ((document.activeElement as HTMLInputElement).value !== 'passive') await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'PASSIVE_LEVEL' })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Incorrect' })).toHaveFocus();
    expect(screen.getByText('Acquiring raises the IRQL.')).toBeInTheDocument();
    expect(screen.getByText('Why: q-single')).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('Incorrect');
  });

  it('asks for an answer before checking an empty one', async () => {
    const { user } = await start(quizOf(sample.multiple));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer before checking.');
    expect(screen.queryByRole('heading', { name: /correct/i })).not.toBeInTheDocument();
  });

  it('gives partial credit on a multiple-choice question answered with Space', async () => {
    const { user } = await start(quizOf(sample.multiple));
    for (const name of ['A', 'B']) {
      screen.getByRole('checkbox', { name }).focus();
      await user.keyboard(' ');
    }
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('heading', { name: 'Partly correct: 67% credit' })).toBeInTheDocument();
    expect(screen.getByText('C counts too.')).toBeInTheDocument();
  });

  it('answers true-false with the keyboard', async () => {
    const { user } = await start(quizOf(sample.trueFalse));
    screen.getByRole('radio', { name: 'False' }).focus();
    await user.keyboard(' ');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Correct' })).toHaveFocus();
  });

  it('orders steps with Move up and Move down buttons, announcing each move', async () => {
    const { user } = await start(quizOf(sample.order));
    const order = () => within(screen.getByRole('list', { name: 'Steps, in your order' })).getAllByRole('listitem').map((li) => li.textContent?.match(/One|Two|Three|Four|Five/)?.[0]);
    // Bubble each step into place from the top, by keyboard only.
    for (const [target, name] of ['One', 'Two', 'Three', 'Four'].entries()) {
      while (order().indexOf(name) > target) {
        screen.getByRole('button', { name: `Move “${name}” up` }).focus();
        await user.keyboard('{Enter}');
        expect(liveRegion()).toHaveTextContent(`“${name}” moved to position`);
      }
    }
    expect(order()).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('heading', { name: 'Correct' })).toBeInTheDocument();
  });

  it('matches pairs with native selects', async () => {
    const { user } = await start(quizOf(sample.match));
    for (const [left, right] of [['L1', 'R1'], ['L2', 'R2'], ['L3', 'R4'], ['L4', 'R3']]) {
      await user.selectOptions(screen.getByRole('combobox', { name: left }), right!);
    }
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('heading', { name: 'Partly correct: 50% credit' })).toBeInTheDocument();
    expect(screen.getAllByText('Right answer:')).toHaveLength(2);
  });

  it('picks buggy lines in a code listing with arrow keys and Space, and shows line feedback', async () => {
    const { user } = await start(quizOf(sample.codeLine));
    const listbox = screen.getByRole('listbox');
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
    await user.tab();
    expect(screen.getByRole('option', { name: /^1\b/ })).toHaveFocus();
    for (let i = 1; i < 9; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');
    expect(screen.getByRole('option', { name: /^9\b/ })).toHaveAttribute('aria-selected', 'true');
    for (let i = 9; i < 14; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('heading', { name: 'Incorrect' })).toBeInTheDocument();
    expect(screen.getByText('This line is fine: the lock is released below.')).toBeInTheDocument();
    expect(screen.getByText('Paged pool at DISPATCH_LEVEL.')).toBeInTheDocument();
  });

  it('checks a typed answer with Enter, folding case and spaces', async () => {
    const { user } = await start(quizOf(sample.short));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), '  keacquirespinlock {Enter}');
    expect(screen.getByRole('heading', { name: 'Correct' })).toHaveFocus();
  });

  it('ends with a score summary, records the attempt, reviews wrong answers and retries', async () => {
    const log = createMemoryAttemptLog();
    const { user } = await start(quizOf(sample.trueFalse, sample.short), log);
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('It does not.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'KeAcquireSpinLock{Enter}');
    await user.click(screen.getByRole('button', { name: 'See your score' }));

    expect(screen.getByRole('heading', { name: 'Your score: 1 of 2 (50%)' })).toHaveFocus();
    expect(screen.getByText(/Not passed yet: the pass mark is 80%/)).toBeInTheDocument();
    expect(log.attemptsFor('spin-locks')).toEqual([expect.objectContaining({ earned: 1, possible: 2, percent: 50, passed: false })]);

    await user.click(screen.getByRole('button', { name: 'Review wrong answers (1)' }));
    expect(screen.getByRole('heading', { name: /Reviewing question 1 of 2/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
    expect(screen.getByText('Why: q-tf')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to your score' }));

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'True' })).not.toBeChecked();
  });
});
