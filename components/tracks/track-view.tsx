'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { Track } from '@/lib/tracks/track-schema';
import { buildReport } from '@/lib/tracks/report';
import { type TrackLessonMeta, trackProgress } from '@/lib/tracks/track-progress';
import { useCourseStore } from '@/lib/store/course-store';
import { downloadText } from '@/components/progress/download';
import { useCourseData, useHydrated } from '@/components/progress/use-course-data';

export interface TrackViewProps {
  track: Track;
  lessons: TrackLessonMeta[];
  contentHash: string;
  courseVersion: string;
  /** Where the lead's view is (differs for shipped and shared tracks). */
  reportsHref: string;
}

/** The link that runs one of a track's checks; the seed is fixed so every learner gets the same questions. */
export function trackCheckHref(track: Track, checkId: string): string {
  const check = track.checks.find((c) => c.id === checkId);
  if (!check) return '/checks';
  const q = new URLSearchParams({ topics: check.topics.join(','), count: String(check.count), seed: `${track.id}-${check.id}`.slice(0, 40), pass: String(check.passMark), track: track.id, check: check.id, title: check.title });
  return `/checks/?${q}`;
}

/** A track's requirements, the learner's state on each, what to do next, and the completion report. */
export function TrackView({ track, lessons, contentHash, courseVersion, reportsHref }: TrackViewProps) {
  const hydrated = useHydrated();
  const data = useCourseData();
  const checkResults = useCourseStore((s) => s.checkResults);
  const [name, setName] = useState('');
  const [certificate, setCertificate] = useState(false);
  const progress = trackProgress(track, data, checkResults, lessons);
  const href = (kind: string, id: string) => (kind === 'lesson' ? `/lessons/${id}` : trackCheckHref(track, id));

  const report = () =>
    buildReport({ learner: name || 'Unnamed learner', courseVersion, track: { id: track.id, title: track.title, contentHash }, requirements: progress.requirements });

  return (
    <div className="track-view">
      <p className="lede">{track.audience}</p>
      {track.summary ? <p>{track.summary}</p> : null}
      {hydrated ? (
        <p className="track-status">
          <progress max={progress.total} value={progress.done} aria-label={`${progress.done} of ${progress.total} requirements met`} /> {progress.done} of {progress.total} requirements met.{' '}
          {progress.next ? (
            <>
              Next: <Link href={href(progress.next.kind, progress.next.id)}>{progress.next.title}</Link>
            </>
          ) : null}
        </p>
      ) : (
        <p aria-busy="true">Loading your progress…</p>
      )}

      <h2>Requirements</h2>
      <table className="track-table">
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Pass mark</th>
            <th scope="col">Your best</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {progress.requirements.map((r) => (
            <tr key={`${r.kind}:${r.id}`}>
              <th scope="row">
                <Link href={href(r.kind, r.id)}>{r.title}</Link> <span className="topic-count">({r.kind === 'lesson' ? 'lesson check' : 'drawn check'})</span>
              </th>
              <td>{r.passMark}%</td>
              <td>{hydrated && r.best !== null ? `${r.best}%` : '—'}</td>
              <td>{hydrated ? (r.passed ? 'Met' : r.best !== null ? 'Not yet' : 'Not started') : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {track.schedule.length > 0 ? (
        <>
          <h2>Suggested schedule</h2>
          <ol className="track-schedule">
            {track.schedule.map((step) => (
              <li key={step.label}>
                <strong>{step.label}:</strong>{' '}
                {[...step.lessons.map((l) => lessons.find((m) => m.slug === l)?.title ?? l), ...step.checks.map((c) => `${track.checks.find((x) => x.id === c)?.title ?? c} (check)`)].join('; ')}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      <h2>Completion report</h2>
      <p className="note-form-help">
        The report and certificate are made in your browser from your own progress. They are self-reported: Ring Zero cannot stop anyone from editing them, so they are
        not proof against tampering.
      </p>
      {hydrated && progress.complete ? (
        <div className="track-complete">
          <label>
            Your name, as it should appear <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoComplete="name" />
          </label>
          <div className="quiz-actions">
            <button type="button" className="button-primary" onClick={() => downloadText(`ring-zero-report-${track.id}.json`, `${JSON.stringify(report(), null, 2)}\n`)} disabled={name.trim() === ''}>
              Download the report (JSON)
            </button>
            <button type="button" className="button-secondary" onClick={() => setCertificate(true)} disabled={name.trim() === ''}>
              Show the certificate
            </button>
          </div>
        </div>
      ) : (
        <p>The report becomes available once every requirement is met.</p>
      )}
      {certificate && progress.complete ? (
        <section className="certificate" aria-label="Certificate">
          <p className="certificate-kicker">Ring Zero</p>
          <h2>Certificate of completion</h2>
          <p className="certificate-name">{name}</p>
          <p>completed the track</p>
          <p className="certificate-track">{track.title}</p>
          <ul>
            {progress.requirements.map((r) => (
              <li key={`${r.kind}:${r.id}`}>
                {r.title}: {r.best}% (pass mark {r.passMark}%)
              </li>
            ))}
          </ul>
          <p className="certificate-small">
            {new Date().toLocaleDateString()} · track version {contentHash} · course version {courseVersion} · self-reported
          </p>
          <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
            Print
          </button>
        </section>
      ) : null}
      <p>
        Leading a team? <Link href={reportsHref}>Open the lead’s view</Link> to load your learners’ reports.
      </p>
    </div>
  );
}
