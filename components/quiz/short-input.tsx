'use client';

import type { InputProps } from './input-props';

/** short: a typed answer; Enter checks it (the question is a form). */
export function ShortInput({ rendered, answer, onAnswer, grade }: InputProps<'short'>) {
  const { question } = rendered;
  const inputId = `${question.id}-short`;
  return (
    <div className="short-answer" data-verdict={grade ? (grade.outcome === 'correct' ? 'correct' : 'incorrect') : undefined}>
      <label htmlFor={inputId}>Your answer</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={question.placeholder}
        value={answer?.text ?? ''}
        onChange={(e) => onAnswer({ type: 'short', text: e.target.value })}
        readOnly={grade !== null}
      />
      {grade && grade.outcome !== 'correct' ? (
        <p className="item-feedback">
          Accepted: {question.accepted.map((a, i) => (
            <span key={a}>
              {i > 0 ? ', ' : ''}
              <code>{a}</code>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
