import { Suspense } from 'react';
import { getCourse } from '@/lib/content';
import { trackLessonMetas } from '@/lib/content/lesson-meta';
import { CustomTrack } from './custom-track';

/** The body of /tracks/custom and /tracks/custom/reports: a shared track, read from the URL in the browser. */
export function CustomTrackPage({ view }: { view: 'track' | 'reports' }) {
  const course = getCourse();
  return (
    <main id="main" className="progress-page">
      <Suspense fallback={<p aria-busy="true">Opening the track…</p>}>
        <CustomTrack lessons={trackLessonMetas(course)} courseVersion={course.version} view={view} />
      </Suspense>
    </main>
  );
}
