import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReportsView } from '@/components/tracks/reports-view';
import { getCourse } from '@/lib/content';
import { trackContentHash } from '@/lib/tracks/track-hash';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().tracks.map((t) => ({ id: t.id }));
}

export const metadata: Metadata = { title: 'Lead’s view', description: 'Load learners’ track reports and compare them.' };

export default async function TrackReportsPage({ params }: { params: Promise<{ id: string }> }) {
  const course = getCourse();
  const { id } = await params;
  const track = course.tracks.find((t) => t.id === id);
  if (!track) notFound();
  return (
    <main id="main" className="progress-page">
      <h1>Lead’s view: {track.title}</h1>
      <ReportsView track={track} contentHash={trackContentHash(track)} lessonTitles={Object.fromEntries(course.lessons.map((l) => [l.slug, l.title]))} />
    </main>
  );
}
