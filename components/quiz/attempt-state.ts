import type { Answer } from '@/lib/quiz/answer-schema';
import { type Grade, gradeAnswer } from '@/lib/quiz/grade-answer';
import type { RenderedQuiz } from '@/lib/quiz/rendered-quiz';
import { initialAnswer } from './initial-answer';

/** A knowledge check in progress, as plain data. */
export interface AttemptState {
  phase: 'intro' | 'question' | 'summary' | 'review';
  seed: string;
  startedAt: string;
  index: number;
  answers: (Answer | null)[];
  grades: (Grade | null)[];
  /** Indices of the questions being reviewed (the ones not fully right). */
  review: number[];
  reviewIndex: number;
}

export type AttemptAction =
  | { type: 'start'; seed: string; now: string }
  | { type: 'answer'; answer: Answer }
  | { type: 'check' }
  | { type: 'next' }
  | { type: 'review' }
  | { type: 'review-move'; by: -1 | 1 }
  | { type: 'summary' }
  /** Time is up: unanswered questions stay unanswered. */
  | { type: 'finish-now' };

export const idleAttempt: AttemptState = { phase: 'intro', seed: '', startedAt: '', index: 0, answers: [], grades: [], review: [], reviewIndex: 0 };

/** The reducer behind the quiz UI: start, answer, check, next, summary and review. */
export function attemptReducer(quiz: RenderedQuiz) {
  return (state: AttemptState, action: AttemptAction): AttemptState => {
    switch (action.type) {
      case 'start':
        return {
          ...idleAttempt,
          phase: 'question',
          seed: action.seed,
          startedAt: action.now,
          answers: quiz.questions.map((q) => initialAnswer(q.question, action.seed)),
          grades: quiz.questions.map(() => null),
        };
      case 'answer': {
        if (state.grades[state.index]) return state;
        const answers = [...state.answers];
        answers[state.index] = action.answer;
        return { ...state, answers };
      }
      case 'check': {
        const question = quiz.questions[state.index];
        if (!question || state.grades[state.index]) return state;
        const grades = [...state.grades];
        grades[state.index] = gradeAnswer(question.question, state.answers[state.index]);
        return { ...state, grades };
      }
      case 'next':
        return state.index + 1 < quiz.questions.length ? { ...state, index: state.index + 1 } : { ...state, phase: 'summary' };
      case 'review': {
        const review = state.grades.flatMap((g, i) => (g && g.outcome !== 'correct' ? [i] : []));
        return review.length > 0 ? { ...state, phase: 'review', review, reviewIndex: 0 } : state;
      }
      case 'review-move': {
        const reviewIndex = Math.min(state.review.length - 1, Math.max(0, state.reviewIndex + action.by));
        return { ...state, reviewIndex };
      }
      case 'summary':
        return { ...state, phase: 'summary' };
      case 'finish-now':
        return state.phase === 'question' ? { ...state, phase: 'summary' } : state;
    }
  };
}
