'use client';

import { useMemo } from 'react';
import { seededShuffle } from '@/lib/quiz/seeded-shuffle';
import { Html } from './html';
import { type InputProps, VERDICT_TEXT, verdictFor } from './input-props';

interface Option {
  id: string;
  html: string;
  feedbackHtml?: string;
}

function OptionList({
  kind, name, options, selected, onToggle, grade, legend,
}: {
  kind: 'radio' | 'checkbox';
  name: string;
  options: Option[];
  selected: Set<string>;
  onToggle: (id: string, on: boolean) => void;
  grade: InputProps<'single'>['grade'];
  legend: string;
}) {
  return (
    <fieldset className="choices" disabled={grade !== null}>
      <legend className="choices-legend">{legend}</legend>
      {options.map((option) => {
        const verdict = verdictFor(grade, option.id);
        return (
          <div key={option.id} className="choice" data-verdict={verdict}>
            <label>
              <input
                type={kind}
                name={name}
                value={option.id}
                checked={selected.has(option.id)}
                onChange={(e) => onToggle(option.id, e.target.checked)}
              />
              <Html as="span" html={option.html} />
            </label>
            {verdict ? <span className={`verdict verdict-${verdict}`}>{VERDICT_TEXT[verdict]}</span> : null}
            {verdict && option.feedbackHtml ? <Html className="item-feedback" html={option.feedbackHtml} /> : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** single and multiple: radio buttons or checkboxes, in a seeded order with pinned choices kept in place. */
export function ChoiceInput({ rendered, answer, onAnswer, grade, seed }: InputProps<'single'> | InputProps<'multiple'>) {
  const { question, html } = rendered;
  const options = useMemo(
    () =>
      seededShuffle(question.choices, `${seed}:${question.id}`, (c) => c.pinned).map((c) => ({
        id: c.id,
        html: html[`choice:${c.id}`] ?? '',
        feedbackHtml: html[`feedback:${c.id}`],
      })),
    [question, html, seed],
  );
  const selected = new Set(answer ? (answer.type === 'single' ? [answer.choiceId] : answer.choiceIds) : []);

  const toggle = (id: string, on: boolean) => {
    if (question.type === 'single') {
      (onAnswer as InputProps<'single'>['onAnswer'])({ type: 'single', choiceId: id });
      return;
    }
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    (onAnswer as InputProps<'multiple'>['onAnswer'])({ type: 'multiple', choiceIds: question.choices.map((c) => c.id).filter((c) => next.has(c)) });
  };

  return (
    <OptionList
      kind={question.type === 'single' ? 'radio' : 'checkbox'}
      name={question.id}
      options={options}
      selected={selected}
      onToggle={toggle}
      grade={grade}
      legend={question.type === 'single' ? 'Choose one answer' : 'Choose every answer that applies'}
    />
  );
}

/** true-false: two radio buttons. */
export function TrueFalseInput({ rendered, answer, onAnswer, grade }: InputProps<'true-false'>) {
  const { question } = rendered;
  const options: Option[] = [
    { id: 'true', html: 'True' },
    { id: 'false', html: 'False' },
  ];
  const checkedGrade = grade && answer
    ? { ...grade, items: [{ target: String(answer.value), verdict: grade.outcome === 'correct' ? ('correct' as const) : ('incorrect' as const) }] }
    : grade;
  return (
    <OptionList
      kind="radio"
      name={question.id}
      options={options}
      selected={new Set(answer ? [String(answer.value)] : [])}
      onToggle={(id) => onAnswer({ type: 'true-false', value: id === 'true' })}
      grade={checkedGrade}
      legend="True or false?"
    />
  );
}
