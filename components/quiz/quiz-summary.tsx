'use client';

import { forwardRef } from 'react';
import type { Grade } from '@/lib/quiz/grade-answer';
import type { RenderedQuiz } from '@/lib/quiz/rendered-quiz';
import type { AttemptScore } from '@/lib/quiz/score-attempt';
import { verdictHeading } from './question-feedback';

interface Props {
  quiz: RenderedQuiz;
  grades: (Grade | null)[];
  score: AttemptScore;
  onRetry: () => void;
  onReview: () => void;
}

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

/** The end of an attempt: score, pass or not, each question's outcome, Retry and Review. */
export const QuizSummary = forwardRef<HTMLHeadingElement, Props>(function QuizSummary({ quiz, grades, score, onRetry, onReview }, ref) {
  const wrong = grades.filter((g) => g && g.outcome !== 'correct').length;
  return (
    <div className="quiz-summary">
      <h3 ref={ref} tabIndex={-1}>
        Your score: {format(score.earned)} of {score.possible} ({score.percent}%)
      </h3>
      <p className={`quiz-result ${score.passed ? 'quiz-passed' : 'quiz-failed'}`}>
        {score.passed
          ? `Passed. The pass mark is ${quiz.passMark}%.`
          : `Not passed yet: the pass mark is ${quiz.passMark}%. Review what you missed, then try again.`}
      </p>
      <ol className="quiz-outcomes">
        {quiz.questions.map((q, i) => {
          const grade = grades[i];
          return (
            <li key={q.question.id} data-outcome={grade?.outcome}>
              <span className="outcome-label">{grade ? verdictHeading(grade) : 'Not answered'}</span>
              <span className="outcome-prompt">{q.question.prompt.split('\n')[0]?.replace(/[`*_]/g, '')}</span>
            </li>
          );
        })}
      </ol>
      <div className="quiz-actions">
        {wrong > 0 ? (
          <button type="button" className="button-primary" onClick={onReview}>
            Review wrong answers ({wrong})
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={onRetry}>
          Retry
        </button>
      </div>
    </div>
  );
});
