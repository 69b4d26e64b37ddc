import type { Metadata } from 'next';
import { TrackBuilder } from '@/components/tracks/track-builder';
import { getCourse } from '@/lib/content';
import { topicOptions } from '@/lib/content/question-bank';

export const metadata: Metadata = { title: 'Build a track', description: 'Pick lessons, pass marks and a check, and share the track as a link.' };

export default function TrackBuilderPage() {
  const course = getCourse();
  return (
    <main id="main" className="progress-page">
      <h1>Build a track</h1>
      <TrackBuilder lessons={course.lessons.map((l) => ({ slug: l.slug, title: l.title }))} topics={topicOptions().filter((t) => t.value.startsWith('module:'))} />
    </main>
  );
}
