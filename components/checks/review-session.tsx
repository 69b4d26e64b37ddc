'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { AttemptLog } from '@/lib/quiz/attempt-log';
import { dueQuestions } from '@/lib/review/leitner';
import { courseStore, useCourseStore } from '@/lib/store/course-store';
import { KnowledgeCheck } from '@/components/quiz/knowledge-check';
import { useQuestionBank } from './use-question-bank';

/** Today's review: the due questions, each right answer moving it up a box, each wrong one back to box 1. */
export function ReviewSession() {
  const hydrated = useCourseStore((s) => s.hydrated);
  const review = useCourseStore((s) => s.review);
  const { bank, error } = useQuestionBank();
  // The session's questions are fixed when it starts, so answering does not reshuffle it.
  const [sessionIds, setSessionIds] = useState<string[] | null>(null);
  const due = useMemo(() => dueQuestions(review, new Date()), [review]);
  useEffect(() => {
    if (hydrated && sessionIds === null && due.length > 0) setSessionIds(due);
  }, [hydrated, sessionIds, due]);
  const ids = sessionIds ?? due;
  const questions = useMemo(() => (bank ? ids.flatMap((id) => bank.filter((q) => q.id === id)) : []), [bank, ids]);
  const log: AttemptLog = useMemo(() => ({ record: (a) => courseStore.getState().reviewAnswers(a.answers, 'review'), attemptsFor: () => [] }), []);

  if (!hydrated) return <p aria-busy="true">Loading your review queue…</p>;
  if (error) return <p className="form-error" role="alert">{error}</p>;
  const queued = Object.keys(review).length;
  if (ids.length === 0) {
    const next = Object.values(review).map((e) => e.due).sort()[0];
    return (
      <p>
        Nothing is due today.{' '}
        {queued > 0 && next ? `${queued} question${queued === 1 ? ' is' : 's are'} in your queue; the next is due ${new Date(next).toLocaleDateString()}.` : 'Questions you answer wrong in lessons and checks will appear here.'}{' '}
        <Link href="/checks">Take a knowledge check</Link>.
      </p>
    );
  }
  if (!bank) return <p aria-busy="true">Loading the questions…</p>;
  return (
    <>
      <p>
        {ids.length} question{ids.length === 1 ? '' : 's'} due. Right answers move a question to a later review (1, 2, 4, 8, then 16 days); wrong ones bring it back
        tomorrow.
      </p>
      <KnowledgeCheck quiz={{ lessonSlug: 'review', passMark: 80, questions }} log={log} title="Review" />
    </>
  );
}

/** "N questions due for review" for the home page; nothing until saved progress is read. */
export function ReviewDue() {
  const hydrated = useCourseStore((s) => s.hydrated);
  const review = useCourseStore((s) => s.review);
  if (!hydrated) return null;
  const due = dueQuestions(review, new Date()).length;
  if (due === 0) return null;
  return (
    <p className="review-due">
      <Link href="/review">
        {due} question{due === 1 ? '' : 's'} due for review today
      </Link>
    </p>
  );
}
