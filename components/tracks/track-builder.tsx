'use client';

import { type FormEvent, useState } from 'react';
import { stringify } from 'yaml';
import type { TopicOption } from '@/lib/checks/bank-types';
import { encodeTrack } from '@/lib/tracks/share-codec';
import { type Track, trackSchema } from '@/lib/tracks/track-schema';
import { downloadText } from '@/components/progress/download';

interface LessonOption {
  slug: string;
  title: string;
}

const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'custom-track';

/** A lead builds a track in the browser: the result is a share link and a YAML file, no server needed. */
export function TrackBuilder({ lessons, topics }: { lessons: LessonOption[]; topics: TopicOption[] }) {
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState('');
  const [marks, setMarks] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<string[]>([]);
  const [checkTopic, setCheckTopic] = useState('');
  const [checkCount, setCheckCount] = useState('10');
  const [checkMark, setCheckMark] = useState('80');
  const [result, setResult] = useState<{ track: Track; link: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ordered = lessons.filter((l) => picked.includes(l.slug));
    const candidate = {
      id: slugify(title),
      title: title.trim(),
      audience: audience.trim(),
      lessons: ordered.map((l) => (Number(marks[l.slug]) > 0 ? { lesson: l.slug, passMark: Math.min(100, Math.round(Number(marks[l.slug]))) } : { lesson: l.slug })),
      checks: checkTopic ? [{ id: 'check', title: topics.find((t) => t.value === checkTopic)?.label ?? 'Knowledge check', topics: [checkTopic], count: Math.min(50, Math.max(1, Number(checkCount) || 10)), passMark: Math.min(100, Math.max(1, Number(checkMark) || 80)) }] : [],
      schedule: [{ label: 'Suggested order', lessons: ordered.map((l) => l.slug), checks: checkTopic ? ['check'] : [] }],
    };
    const parsed = trackSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue?.path[0] === 'lessons' ? 'Pick at least one lesson.' : issue?.path[0] === 'title' ? 'Give the track a title.' : issue?.path[0] === 'audience' ? 'Say who the track is for.' : `The track is not valid: ${issue?.message}`);
      setResult(null);
      return;
    }
    setError(null);
    const base = `${window.location.origin}${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}`;
    setResult({ track: parsed.data, link: `${base}/tracks/custom/?t=${encodeTrack(parsed.data)}` });
  };

  return (
    <form className="track-builder" onSubmit={submit} noValidate>
      <label>
        Title <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
      </label>
      <label>
        Audience <input type="text" value={audience} onChange={(e) => setAudience(e.target.value)} maxLength={200} placeholder="New engineer on a KMDF function driver team" />
      </label>
      <fieldset>
        <legend>Lessons (in course order), with an optional pass mark</legend>
        {lessons.map((l) => (
          <div key={l.slug} className="builder-lesson">
            <label>
              <input type="checkbox" checked={picked.includes(l.slug)} onChange={(e) => setPicked((p) => (e.target.checked ? [...p, l.slug] : p.filter((x) => x !== l.slug)))} /> {l.title}
            </label>
            {picked.includes(l.slug) ? (
              <label className="builder-mark">
                pass mark % <input type="number" min={1} max={100} value={marks[l.slug] ?? ''} placeholder="lesson's own" onChange={(e) => setMarks((m) => ({ ...m, [l.slug]: e.target.value }))} />
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>A drawn check (optional)</legend>
        <label>
          Topic{' '}
          <select value={checkTopic} onChange={(e) => setCheckTopic(e.target.value)}>
            <option value="">No check</option>
            {topics.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label} ({t.count})
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Questions <input type="number" min={1} max={50} value={checkCount} onChange={(e) => setCheckCount(e.target.value)} />
        </label>{' '}
        <label>
          Pass mark % <input type="number" min={1} max={100} value={checkMark} onChange={(e) => setCheckMark(e.target.value)} />
        </label>
      </fieldset>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button-primary">
        Make the track
      </button>
      {result ? (
        <div className="share-box" aria-live="polite">
          <p>
            Share link: <a href={result.link}>{result.link}</a>
          </p>
          <button type="button" className="button-secondary" onClick={() => downloadText(`${result.track.id}.yaml`, stringify(result.track), 'text/yaml')}>
            Download {result.track.id}.yaml for lessons/tracks/
          </button>
        </div>
      ) : null}
    </form>
  );
}
