'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Answer } from '@/lib/quiz/answer-schema';
import type { Grade } from '@/lib/quiz/grade-answer';
import type { RenderedQuestion } from '@/lib/quiz/rendered-quiz';
import { ChoiceInput, TrueFalseInput } from './choice-input';
import { CodeLineInput } from './code-line-input';
import { Html } from './html';
import type { InputProps } from './input-props';
import { MatchInput } from './match-input';
import { OrderInput } from './order-input';
import { QuestionFeedback } from './question-feedback';
import { ShortInput } from './short-input';
import { QuestionSimulation } from '@/components/sim/question-simulation';

interface Props {
  rendered: RenderedQuestion;
  answer: Answer | null;
  grade: Grade | null;
  seed: string;
  onAnswer: (answer: Answer) => void;
  onCheck: () => void;
  announce: (message: string) => void;
}

/** The input for a question's type. */
function QuestionInput(props: InputProps<RenderedQuestion['question']['type']>) {
  const p = props as never;
  switch (props.rendered.question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceInput {...(p as InputProps<'single'>)} />;
    case 'true-false':
      return <TrueFalseInput {...(p as InputProps<'true-false'>)} />;
    case 'order':
      return <OrderInput {...(p as InputProps<'order'>)} />;
    case 'match':
      return <MatchInput {...(p as InputProps<'match'>)} />;
    case 'code-line':
      return <CodeLineInput {...(p as InputProps<'code-line'>)} />;
    case 'short':
      return <ShortInput {...(p as InputProps<'short'>)} />;
  }
}

function hasAnswer(answer: Answer | null): boolean {
  if (!answer) return false;
  switch (answer.type) {
    case 'multiple':
      return answer.choiceIds.length > 0;
    case 'match':
      return Object.keys(answer.matches).length > 0;
    case 'code-line':
      return answer.lines.length > 0;
    case 'short':
      return answer.text.trim() !== '';
    default:
      return true;
  }
}

/** One question: prompt, input, Check, then the verdict and explanation. */
export function QuestionView({ rendered, answer, grade, seed, onAnswer, onCheck, announce }: Props) {
  const promptId = `${rendered.question.id}-prompt`;
  const [error, setError] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (grade) feedbackRef.current?.focus();
  }, [grade]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (grade) return;
    if (!hasAnswer(answer)) {
      setError(rendered.question.type === 'short' ? 'Type an answer before checking.' : 'Choose an answer before checking.');
      return;
    }
    setError(null);
    onCheck();
  };

  return (
    <form className={`question question-${rendered.question.type}`} onSubmit={submit} noValidate>
      <Html id={promptId} className="question-prompt" html={rendered.html.prompt ?? ''} />
      {rendered.question.simulation ? <QuestionSimulation simulation={rendered.question.simulation} /> : null}
      <QuestionInput
        rendered={rendered as never}
        answer={answer as never}
        onAnswer={(a: Answer) => {
          setError(null);
          onAnswer(a);
        }}
        grade={grade}
        seed={seed}
        announce={announce}
        promptId={promptId}
      />
      {error ? (
        <p className="question-error" role="alert">
          {error}
        </p>
      ) : null}
      {grade ? (
        <QuestionFeedback ref={feedbackRef} rendered={rendered} grade={grade} />
      ) : (
        <button type="submit" className="button-primary">
          Check
        </button>
      )}
    </form>
  );
}
