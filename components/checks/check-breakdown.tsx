'use client';

import Link from 'next/link';
import type { BankQuestion } from '@/lib/checks/bank-types';
import type { CheckResult } from '@/lib/checks/check-result-schema';
import { Html } from '@/components/quiz/html';

/** After a check: the score by topic, and every question with its explanation and where it is taught. */
export function CheckBreakdown({ result, questions }: { result: CheckResult; questions: BankQuestion[] }) {
  const byModule = new Map<string, { title: string; earned: number; possible: number }>();
  for (const q of questions) {
    const a = result.answers.find((x) => x.questionId === q.id);
    const row = byModule.get(q.moduleSlug) ?? { title: q.moduleTitle, earned: 0, possible: 0 };
    row.earned += a?.score ?? 0;
    row.possible += 1;
    byModule.set(q.moduleSlug, row);
  }
  return (
    <section className="check-breakdown" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">By topic</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {[...byModule.values()].map((m) => (
            <tr key={m.title}>
              <th scope="row">{m.title}</th>
              <td>
                {Math.round(m.earned * 10) / 10} of {m.possible} ({Math.floor((m.earned / m.possible) * 100)}%)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Every question</h2>
      <ol className="check-questions">
        {questions.map((q) => {
          const a = result.answers.find((x) => x.questionId === q.id);
          return (
            <li key={q.id}>
              <span className={`outcome-label outcome-${a?.correct ? 'correct' : a && a.score > 0 ? 'partial' : 'incorrect'}`}>
                {a?.correct ? 'Correct' : a && a.score > 0 ? `Partly correct (${Math.round(a.score * 100)}%)` : a?.answer ? 'Incorrect' : 'Not answered'}
              </span>{' '}
              <Html as="span" className="check-prompt" html={q.html.prompt ?? ''} />
              <details>
                <summary>Why</summary>
                <Html html={q.html.explanation ?? ''} />
              </details>
              <p className="check-source">
                Taught in <Link href={`/lessons/${q.lessonSlug}`}>{q.lessonTitle}</Link>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
