import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CustomTrack } from '@/components/tracks/custom-track';
import { getCourse } from '@/lib/content';
import { trackLessonMetas } from '@/lib/content/lesson-meta';

export const metadata: Metadata = { title: 'Shared track' };

export default function CustomTrackPage() {
  const course = getCourse();
  return (
    <main id="main" className="progress-page">
      <Suspense fallback={<p aria-busy="true">Opening the track…</p>}>
        <CustomTrack lessons={trackLessonMetas(course)} courseVersion={course.version} view="track" />
      </Suspense>
    </main>
  );
}
