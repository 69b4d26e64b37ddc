import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TrackView } from '@/components/tracks/track-view';
import { getCourse } from '@/lib/content';
import { trackLessonMetas } from '@/lib/content/lesson-meta';
import { trackContentHash } from '@/lib/tracks/track-hash';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().tracks.map((t) => ({ id: t.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const track = getCourse().tracks.find((t) => t.id === id);
  return track ? { title: track.title, description: track.audience } : {};
}

export default async function TrackPage({ params }: Props) {
  const course = getCourse();
  const { id } = await params;
  const track = course.tracks.find((t) => t.id === id);
  if (!track) notFound();
  return (
    <main id="main" className="progress-page">
      <h1>{track.title}</h1>
      <TrackView track={track} lessons={trackLessonMetas(course)} contentHash={trackContentHash(track)} courseVersion={course.version} reportsHref={`/tracks/${track.id}/reports`} />
    </main>
  );
}
