'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { TopicOption } from '@/lib/checks/bank-types';
import { newSeed } from '@/lib/checks/draw';
import { type CheckParams, CheckRunner } from './check-runner';

/** Reads a check from the URL: /checks/?topics=a,b&count=10&seed=x&minutes=15 (and track/check for tracks). */
export function paramsFrom(search: URLSearchParams): CheckParams | null {
  const seed = search.get('seed');
  if (!seed || !/^[a-z0-9-]{1,40}$/.test(seed)) return null;
  const topics = (search.get('topics') ?? '').split(',').map((t) => t.trim()).filter(Boolean).slice(0, 20);
  const count = Math.min(50, Math.max(1, Number(search.get('count')) || 10));
  const minutes = Number(search.get('minutes'));
  const passMark = Math.min(100, Math.max(1, Number(search.get('pass')) || 80));
  const trackId = search.get('track');
  const checkId = search.get('check');
  const track = trackId && checkId && /^[a-z0-9-]+$/.test(trackId + checkId) ? { trackId, checkId } : undefined;
  return { topics, count, seed, passMark, title: search.get('title')?.slice(0, 120) || 'Knowledge check', ...(minutes > 0 ? { minutes: Math.min(180, minutes) } : {}), ...(track ? { track } : {}) };
}

function CheckBuilder({ topics }: { topics: TopicOption[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [count, setCount] = useState('10');
  const [minutes, setMinutes] = useState('');
  const available = topics.filter((t) => chosen.length === 0 || chosen.includes(t.value)).reduce((n, t) => Math.max(n, t.count), 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams({ topics: chosen.join(','), count: String(Math.min(50, Math.max(1, Number(count) || 10))), seed: newSeed() });
    if (Number(minutes) > 0) query.set('minutes', String(Math.round(Number(minutes))));
    router.push(`/checks/?${query}`);
  };

  return (
    <form className="check-builder" onSubmit={submit}>
      <fieldset>
        <legend>Topics (none chosen means the whole course)</legend>
        <div className="topic-grid">
          {topics.map((t) => (
            <label key={t.value}>
              <input type="checkbox" checked={chosen.includes(t.value)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.value] : c.filter((x) => x !== t.value)))} /> {t.label}{' '}
              <span className="topic-count">({t.count})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="check-builder-row">
        <label>
          Questions <input type="number" min={1} max={50} value={count} onChange={(e) => setCount(e.target.value)} />
        </label>
        <label>
          Time limit in minutes (optional) <input type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
      </div>
      <p className="note-form-help">Up to {available || 'all'} questions available for the most populous topic chosen. The check is drawn with a random seed that goes in the link, so you can send the same check to others.</p>
      <button type="submit" className="button-primary">
        Start the check
      </button>
    </form>
  );
}

export function ChecksPage({ topics }: { topics: TopicOption[] }) {
  const search = useSearchParams();
  const params = paramsFrom(new URLSearchParams(search.toString()));
  if (!params) return <CheckBuilder topics={topics} />;
  const link = typeof window === 'undefined' ? '' : window.location.href;
  return (
    <>
      <p className="check-share">
        Share this exact check (same questions for everyone): <code className="share-link">{link}</code>
      </p>
      <CheckRunner params={params} />
    </>
  );
}
