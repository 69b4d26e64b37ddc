'use client';

import { useMemo } from 'react';
import { seededShuffle } from '@/lib/quiz/seeded-shuffle';
import { Html } from './html';
import { type InputProps, VERDICT_TEXT, plainText, verdictFor } from './input-props';

/** match: each left item gets a native <select> of the right items, in a seeded order. */
export function MatchInput({ rendered, answer, onAnswer, grade, seed }: InputProps<'match'>) {
  const { question, html } = rendered;
  const rights = useMemo(() => seededShuffle(question.pairs, `${seed}:${question.id}:right`), [question, seed]);
  const matches = answer?.matches ?? {};

  const choose = (leftId: string, rightId: string) => {
    const next = { ...matches };
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    onAnswer({ type: 'match', matches: next });
  };

  return (
    <div className="match-rows" role="group" aria-label="Pairs">
      {question.pairs.map((pair) => {
        const selectId = `${question.id}-match-${pair.id}`;
        const verdict = verdictFor(grade, pair.id);
        return (
          <div key={pair.id} className="match-row" data-verdict={verdict}>
            <label htmlFor={selectId} className="match-left">
              <Html as="span" html={html[`left:${pair.id}`] ?? ''} />
            </label>
            <select
              id={selectId}
              value={matches[pair.id] ?? ''}
              onChange={(e) => choose(pair.id, e.target.value)}
              disabled={grade !== null}
            >
              <option value="">Choose…</option>
              {rights.map((r) => (
                <option key={r.id} value={r.id}>
                  {plainText(r.right)}
                </option>
              ))}
            </select>
            {verdict ? (
              <span className={`verdict verdict-${verdict}`}>
                {verdict === 'correct' ? VERDICT_TEXT.correct : <>Right answer: <Html as="span" html={html[`right:${pair.id}`] ?? ''} /></>}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
