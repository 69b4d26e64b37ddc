'use client';

import Link from 'next/link';
import { type LessonMeta, completion, lessonStatus } from '@/lib/store/completion';
import { useCourseData, useHydrated } from './use-course-data';

export interface MapLesson extends LessonMeta {
  title: string;
}

/** A lesson's state on the course map: not started, in progress, or complete with the best score. */
export function LessonBadge({ lesson }: { lesson: LessonMeta }) {
  const hydrated = useHydrated();
  const status = lessonStatus(useCourseData(), lesson);
  if (!hydrated) return <span className="lesson-badge" aria-hidden="true" />;
  const score = 'bestPercent' in status && status.bestPercent !== null ? ` · best ${status.bestPercent}%` : '';
  const label = status.state === 'complete' ? `Complete${score}` : status.state === 'in-progress' ? `In progress${score}` : 'Not started';
  return (
    <span className={`lesson-badge badge-${status.state}`}>
      <span aria-hidden="true">{status.state === 'complete' ? '✓ ' : status.state === 'in-progress' ? '◐ ' : '○ '}</span>
      {label}
    </span>
  );
}

/** Completed lessons in a module, as text and a bar. */
export function ModuleProgress({ lessons, label }: { lessons: LessonMeta[]; label: string }) {
  const hydrated = useHydrated();
  const { done, total, percent } = completion(useCourseData(), lessons);
  if (!hydrated) return <div className="module-progress" aria-hidden="true" />;
  return (
    <div className="module-progress">
      <progress max={total} value={done} aria-label={`${label}: ${done} of ${total} lessons complete`} />
      <span>
        {done} of {total} complete ({percent}%)
      </span>
    </div>
  );
}

/** Overall completion and "Continue where you left off". */
export function CourseOverview({ lessons }: { lessons: MapLesson[] }) {
  const hydrated = useHydrated();
  const data = useCourseData();
  if (!hydrated) return <div className="course-overview" aria-hidden="true" />;
  const { done, total, percent } = completion(data, lessons);
  const last = data.progress.lastPosition;
  const lastLesson = last && lessons.find((l) => l.slug === last.lessonSlug);
  const nextUp = lessons.find((l) => lessonStatus(data, l).state !== 'complete');

  return (
    <div className="course-overview">
      {done > 0 || lastLesson ? (
        <p className="overall-progress">
          <progress max={total} value={done} aria-label={`Course: ${done} of ${total} lessons complete`} /> {done} of {total} lessons
          complete ({percent}%)
        </p>
      ) : null}
      {lastLesson ? (
        <Link className="button-primary" href={`/lessons/${lastLesson.slug}${last?.heading ? `#${last.heading}` : ''}`}>
          Continue where you left off: {lastLesson.title}
        </Link>
      ) : null}
      {lastLesson && nextUp && nextUp.slug !== lastLesson.slug ? (
        <p className="next-up">
          Next not yet complete: <Link href={`/lessons/${nextUp.slug}`}>{nextUp.title}</Link>
        </p>
      ) : null}
    </div>
  );
}
