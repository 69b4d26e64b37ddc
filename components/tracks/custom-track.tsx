'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { decodeTrack } from '@/lib/tracks/share-codec';
import { trackContentHash } from '@/lib/tracks/track-hash';
import type { TrackLessonMeta } from '@/lib/tracks/track-progress';
import { ReportsView } from './reports-view';
import { TrackView } from './track-view';

/** A track opened from a share link (?t=…), validated before anything is shown. */
export function CustomTrack({ lessons, courseVersion, view }: { lessons: TrackLessonMeta[]; courseVersion: string; view: 'track' | 'reports' }) {
  const encoded = useSearchParams().get('t') ?? '';
  if (!encoded) return <p className="form-error" role="alert">This page needs a track link. <Link href="/tracks/builder">Build a track</Link> to make one.</p>;
  const decoded = decodeTrack(encoded);
  if (!decoded.ok) {
    return (
      <div className="notice notice-warning" role="alert">
        <p>
          <strong>This track link cannot be opened.</strong> {decoded.message}
        </p>
      </div>
    );
  }
  const { track } = decoded;
  const missing = track.lessons.filter((l) => !lessons.some((m) => m.slug === l.lesson));
  const contentHash = trackContentHash(track);
  return (
    <>
      <h1>{track.title}</h1>
      {missing.length ? <p className="form-error">This course has no lesson {missing.map((m) => `“${m.lesson}”`).join(', ')}; those requirements are left out.</p> : null}
      {view === 'track' ? (
        <TrackView track={track} lessons={lessons} contentHash={contentHash} courseVersion={courseVersion} reportsHref={`/tracks/custom/reports/?t=${encoded}`} />
      ) : (
        <ReportsView track={track} contentHash={contentHash} lessonTitles={Object.fromEntries(lessons.map((l) => [l.slug, l.title]))} />
      )}
    </>
  );
}
