'use client';

import { forwardRef } from 'react';
import type { Grade } from '@/lib/quiz/grade-answer';
import type { RenderedQuestion } from '@/lib/quiz/rendered-quiz';
import { Html } from './html';

/** What a reader sees once their answer is checked: the verdict, any summary feedback, and why. */
export function verdictHeading(grade: Grade): string {
  if (grade.outcome === 'correct') return 'Correct';
  if (grade.outcome === 'partial') return `Partly correct: ${Math.round(grade.score * 100)}% credit`;
  return grade.answered ? 'Incorrect' : 'Not answered';
}

export const QuestionFeedback = forwardRef<HTMLHeadingElement, { rendered: RenderedQuestion; grade: Grade }>(
  function QuestionFeedback({ rendered, grade }, ref) {
    const { question, html } = rendered;
    return (
      <div className={`question-feedback outcome-${grade.outcome}`}>
        <h4 ref={ref} tabIndex={-1} className="feedback-verdict">
          {verdictHeading(grade)}
        </h4>
        {grade.summary ? <p className="feedback-summary">{grade.summary}</p> : null}
        {question.type === 'order' && grade.outcome !== 'correct' ? (
          <div className="feedback-right-order">
            <p>The right order:</p>
            <ol>
              {question.steps.map((s) => (
                <Html key={s.id} as="li" html={html[`step:${s.id}`] ?? ''} />
              ))}
            </ol>
          </div>
        ) : null}
        <div className="feedback-explanation">
          <p className="feedback-why">Why</p>
          <Html html={html.explanation ?? ''} />
        </div>
      </div>
    );
  },
);
