'use client';

import { useMemo } from 'react';
import { drawQuestions } from '@/lib/checks/draw';
import type { RenderedQuiz } from '@/lib/quiz/rendered-quiz';
import { useCourseStore } from '@/lib/store/course-store';
import { KnowledgeCheck } from '@/components/quiz/knowledge-check';
import { CheckBreakdown } from './check-breakdown';
import { checkLog } from './check-log';
import { useQuestionBank } from './use-question-bank';

export interface CheckParams {
  topics: string[];
  count: number;
  seed: string;
  minutes?: number;
  passMark: number;
  title: string;
  track?: { trackId: string; checkId: string };
}

/** Runs a drawn check: the same seed and topics give everyone the same questions. */
export function CheckRunner({ params }: { params: CheckParams }) {
  const { bank, error } = useQuestionBank();
  const questions = useMemo(() => (bank ? drawQuestions(bank, params.topics, params.count, params.seed) : []), [bank, params]);
  const log = useMemo(() => checkLog(params), [params]);
  const results = useCourseStore((s) => s.checkResults);
  const latest = results.filter((r) => r.seed === params.seed && r.count === params.count).at(-1);

  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!bank) return <p aria-busy="true">Loading the questions…</p>;
  if (questions.length === 0) return <p className="form-error">No questions match these topics. Choose other topics.</p>;

  const quiz: RenderedQuiz = { lessonSlug: `check-${params.seed}`, passMark: params.passMark, questions };
  return (
    <>
      <KnowledgeCheck key={params.seed} quiz={quiz} log={log} timeLimitMinutes={params.minutes} title={params.title} />
      {latest ? <CheckBreakdown result={latest} questions={questions} /> : null}
    </>
  );
}
