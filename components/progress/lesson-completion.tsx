'use client';

import { useCourseStore } from '@/lib/store/course-store';
import type { LessonMeta } from '@/lib/store/completion';
import { lessonStatus } from '@/lib/store/completion';
import { useCourseData, useHydrated, useLessonStatus } from './use-course-data';

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

/**
 * A prerequisite's state as a fixed-width mark, so the advice above the lesson never shifts
 * when saved progress loads.
 */
export function PrerequisiteMark({ lesson }: { lesson: LessonMeta }) {
  const hydrated = useHydrated();
  const done = lessonStatus(useCourseData(), lesson).state === 'complete';
  if (!hydrated) return <span className="prereq-mark" aria-hidden="true" />;
  return (
    <span className={`prereq-mark ${done ? 'prereq-done' : 'prereq-todo'}`}>
      <span aria-hidden="true">{done ? '✓' : '○'}</span>
      <span className="sr-only">{done ? ' (completed)' : ' (not completed yet)'}</span>
    </span>
  );
}
