'use client';

import Link from 'next/link';
import { useCourseStore } from '@/lib/store/course-store';
import type { LessonMeta } from '@/lib/store/completion';
import { useCourseData, useHydrated, useLessonStatus } from './use-course-data';
import { lessonStatus } from '@/lib/store/completion';

interface Props {
  lesson: LessonMeta;
}

/** The lesson's state, and "Mark as read" / "Mark as not done". */
export function LessonCompletion({ lesson }: Props) {
  const hydrated = useHydrated();
  const status = useLessonStatus(lesson);
  const markLesson = useCourseStore((s) => s.markLesson);
  if (!hydrated) return <div className="lesson-completion" aria-hidden="true" />;

  return (
    <section className="lesson-completion" aria-label="Your progress on this lesson">
      {status.state === 'complete' ? (
        <>
          <p className="completion-state completion-done">
            <span aria-hidden="true">✓ </span>
            {lesson.hasQuiz ? `Complete: knowledge check passed${status.bestPercent !== null ? ` (best ${status.bestPercent}%)` : ''}.` : 'Complete: marked as read.'}
          </p>
          <button type="button" className="button-secondary" onClick={() => markLesson(lesson.slug, false)}>
            Mark as not done
          </button>
        </>
      ) : lesson.hasQuiz ? (
        <p className="completion-state">
          {status.state === 'in-progress' && status.bestPercent !== null
            ? `Not complete yet: your best score is ${status.bestPercent}%. Pass the knowledge check to complete this lesson.`
            : 'Pass the knowledge check below to complete this lesson.'}
        </p>
      ) : (
        <button type="button" className="button-primary" onClick={() => markLesson(lesson.slug, true)}>
          Mark as read
        </button>
      )}
    </section>
  );
}

/** Prerequisites not yet done, as advice: nothing is locked. */
export function PrerequisiteAdvice({ prerequisites }: { prerequisites: (LessonMeta & { title: string })[] }) {
  const hydrated = useHydrated();
  const data = useCourseData();
  if (!hydrated) return null;
  const missing = prerequisites.filter((p) => lessonStatus(data, p).state !== 'complete');
  if (missing.length === 0) return null;
  return (
    <aside className="callout callout-note prerequisite-advice" aria-label="Before this lesson">
      <p>
        This lesson builds on{' '}
        {missing.map((p, i) => (
          <span key={p.slug}>
            {i > 0 ? (i === missing.length - 1 ? ' and ' : ', ') : ''}
            <Link href={`/lessons/${p.slug}`}>{p.title}</Link>
          </span>
        ))}
        , which you have not completed yet. You can read on; it may just be harder going.
      </p>
    </aside>
  );
}
