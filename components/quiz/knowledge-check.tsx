'use client';

import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AttemptLog } from '@/lib/quiz/attempt-log';
import { type Grade, gradeAnswer } from '@/lib/quiz/grade-answer';
import type { RenderedQuiz } from '@/lib/quiz/rendered-quiz';
import { scoreAttempt } from '@/lib/quiz/score-attempt';
import { storeAttemptLog } from '@/lib/store/course-store';
import { attemptReducer, idleAttempt } from './attempt-state';
import { verdictHeading } from './question-feedback';
import { QuestionView } from './question-view';
import { QuizSummary } from './quiz-summary';
import { useCountdown } from './use-countdown';

const NOT_ANSWERED: Grade = { outcome: 'incorrect', score: 0, answered: false, items: [] };

interface Props {
  quiz: RenderedQuiz;
  log?: AttemptLog;
  /** Seeds the shuffle; defaults to the time, so each attempt is ordered afresh. */
  makeSeed?: () => string;
  /** Optional time limit: when it runs out, the attempt ends with what has been answered. */
  timeLimitMinutes?: number;
  title?: string;
}

/**
 * A lesson's knowledge check, one question at a time: each answer is checked and
 * explained before the next, which keeps each explanation next to its question.
 */
export function KnowledgeCheck({ quiz, log = storeAttemptLog, makeSeed = () => `${Date.now()}`, timeLimitMinutes, title = 'Knowledge check' }: Props) {
  const [state, dispatch] = useReducer(useMemo(() => attemptReducer(quiz), [quiz]), idleAttempt);
  const [message, setMessage] = useState('');
  const focusRef = useRef<HTMLHeadingElement>(null);
  const total = quiz.questions.length;

  const score = scoreAttempt(state.grades.map((g) => g ?? NOT_ANSWERED), quiz.passMark);

  // Move focus to the new question heading or the summary, so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (state.phase !== 'intro') focusRef.current?.focus();
  }, [state.phase, state.index, state.reviewIndex]);

  /** Records the finished attempt, then shows the summary. */
  const finish = (timedOut = false) => {
    log.record({
      lessonSlug: quiz.lessonSlug,
      startedAt: state.startedAt,
      finishedAt: new Date().toISOString(),
      answers: quiz.questions.map((q, i) => ({
        questionId: q.question.id,
        answer: state.answers[i] ?? null,
        score: state.grades[i]?.score ?? 0,
        correct: state.grades[i]?.outcome === 'correct',
      })),
      earned: score.earned,
      possible: score.possible,
      percent: score.percent,
      passed: score.passed,
    });
    setMessage(`${timedOut ? 'Time is up. ' : ''}Check finished: ${score.percent}%. ${score.passed ? 'Passed.' : 'Not passed yet.'}`);
    dispatch(timedOut ? { type: 'finish-now' } : { type: 'next' });
  };

  const start = () => dispatch({ type: 'start', seed: makeSeed(), now: new Date().toISOString() });
  const secondsLeft = useCountdown(state.phase === 'question' && timeLimitMinutes ? state.startedAt : null, (timeLimitMinutes ?? 0) * 60);
  useEffect(() => {
    if (secondsLeft === 0 && state.phase === 'question') finish(true);
  }, [secondsLeft]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = state.phase === 'review' ? (state.review[state.reviewIndex] ?? 0) : state.index;
  const rendered = quiz.questions[current];

  return (
    <section className="knowledge-check" aria-labelledby="knowledge-check-heading">
      <h2 id="knowledge-check-heading">{title}</h2>
      {secondsLeft !== null && state.phase === 'question' ? (
        <p className="check-timer" role="timer" aria-live="off">
          Time left: {Math.floor(secondsLeft / 60)}:{String(secondsLeft % 60).padStart(2, '0')}
        </p>
      ) : null}
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {message}
      </div>

      {state.phase === 'intro' ? (
        <div className="quiz-intro">
          <p>
            {total} questions, one at a time. After each answer you see whether it was right and why. Pass mark: {quiz.passMark}%.
          </p>
          <button type="button" className="button-primary" onClick={start}>
            Start the check
          </button>
        </div>
      ) : null}

      {(state.phase === 'question' || state.phase === 'review') && rendered ? (
        <div className="quiz-question">
          <h3 ref={focusRef} tabIndex={-1} className="question-counter">
            {state.phase === 'review'
              ? `Reviewing question ${current + 1} of ${total} (${state.reviewIndex + 1} of ${state.review.length} to review)`
              : `Question ${current + 1} of ${total}`}
          </h3>
          <QuestionView
            key={`${state.seed}:${current}`}
            rendered={rendered}
            answer={state.answers[current] ?? null}
            grade={state.grades[current] ?? null}
            seed={state.seed}
            onAnswer={(answer) => dispatch({ type: 'answer', answer })}
            onCheck={() => {
              setMessage(verdictHeading(gradeAnswer(rendered.question, state.answers[current] ?? null)));
              dispatch({ type: 'check' });
            }}
            announce={setMessage}
          />
          <div className="quiz-actions">
            {state.phase === 'question' && state.grades[current] ? (
              <button type="button" className="button-primary" onClick={current + 1 < total ? () => dispatch({ type: 'next' }) : () => finish()}>
                {current + 1 < total ? 'Next question' : 'See your score'}
              </button>
            ) : null}
            {state.phase === 'review' ? (
              <>
                <button type="button" className="button-secondary" onClick={() => dispatch({ type: 'review-move', by: -1 })} disabled={state.reviewIndex === 0}>
                  Previous
                </button>
                <button type="button" className="button-secondary" onClick={() => dispatch({ type: 'review-move', by: 1 })} disabled={state.reviewIndex >= state.review.length - 1}>
                  Next
                </button>
                <button type="button" className="button-primary" onClick={() => dispatch({ type: 'summary' })}>
                  Back to your score
                </button>
              </>
            ) : null}
          </div>
        </div>
      ) : null}

      {state.phase === 'summary' ? (
        <QuizSummary ref={focusRef} quiz={quiz} grades={state.grades} score={score} onRetry={start} onReview={() => dispatch({ type: 'review' })} />
      ) : null}
    </section>
  );
}
