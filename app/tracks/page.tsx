import type { Metadata } from 'next';
import Link from 'next/link';
import { getCourse } from '@/lib/content';

export const metadata: Metadata = { title: 'Onboarding tracks', description: 'Tracks a lead sets for a new engineer, with a completion report to hand back.' };

export default function Tracks() {
  const course = getCourse();
  return (
    <main id="main" className="progress-page">
      <h1>Onboarding tracks</h1>
      <p className="lede">A track is a set of lessons and checks, with pass marks, that a lead sets for a new engineer. Finish it, and hand back the report.</p>
      <ul className="track-list">
        {course.tracks.map((t) => (
          <li key={t.id}>
            <Link href={`/tracks/${t.id}`} className="lesson-link">
              {t.title}
            </Link>
            <p className="lesson-summary">
              {t.audience}. {t.lessons.length} lessons{t.checks.length ? `, ${t.checks.length} drawn check${t.checks.length === 1 ? '' : 's'}` : ''}.
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/tracks/builder">Build your own track</Link> and share it as a link, with no server involved.
      </p>
    </main>
  );
}
