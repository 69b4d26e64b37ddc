'use client';

import MiniSearch, { type SearchResult } from 'minisearch';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { excerpt } from '@/lib/search/mdx-text';
import { SEARCH_OPTIONS, type SearchDocument } from '@/lib/search/search-options';
import { useCourseStore } from '@/lib/store/course-store';

let loading: Promise<MiniSearch<SearchDocument>> | null = null;

/** The course index, fetched from this site on first use. */
function loadIndex(): Promise<MiniSearch<SearchDocument>> {
  loading ??= fetch(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/search-index.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    })
    .then((json) => MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS));
  loading.catch(() => (loading = null));
  return loading;
}

const KIND_LABEL = { lesson: 'Lesson', code: 'Code', term: 'Glossary', note: 'Your note' } as const;

function Excerpt({ text, terms }: { text: string; terms: string[] }) {
  const { text: cut, marks } = excerpt(text, terms);
  const parts: React.ReactNode[] = [];
  let at = 0;
  marks.forEach(([start, end], i) => {
    parts.push(cut.slice(at, start), <mark key={i}>{cut.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(cut.slice(at));
  return <p className="search-excerpt">{parts}</p>;
}

/** /search: lessons (titles, headings, prose, code), glossary terms and the reader's own notes. */
export function SearchView() {
  const router = useRouter();
  const params = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [index, setIndex] = useState<MiniSearch<SearchDocument> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const notes = useCourseStore((s) => s.annotations);

  useEffect(() => {
    input.current?.focus();
    loadIndex().then(setIndex, (e: Error) => setError(`The search index could not be loaded (${e.message}).`));
  }, []);

  const noteIndex = useMemo(() => {
    const live = notes.filter((n) => !n.deletedAt);
    const m = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    m.addAll(live.map((n) => ({ id: `note:${n.id}`, kind: 'note', title: n.snippetId, heading: `lines ${n.startLine}–${n.endLine}`, url: `/notes`, text: n.text })));
    return m;
  }, [notes]);

  const results = useMemo(() => {
    const q = query.trim();
    if (!q || !index) return [];
    const found: SearchResult[] = [...index.search(q), ...noteIndex.search(q)];
    return found.sort((a, b) => b.score - a.score).slice(0, 40);
  }, [query, index, noteIndex]);

  const update = (value: string) => {
    setQuery(value);
    router.replace(`/search/?q=${encodeURIComponent(value)}`, { scroll: false });
  };

  return (
    <div className="search-view">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input">Search the course</label>
        <input id="search-input" ref={input} type="search" value={query} onChange={(e) => update(e.target.value)} placeholder="IoSetCompletionRoutine, DISPATCH_LEVEL, spin lock…" autoComplete="off" spellCheck={false} />
      </form>
      <div aria-live="polite" className="search-status">
        {error ? <p className="form-error">{error}</p> : !index ? <p aria-busy="true">Loading the index…</p> : query.trim() ? <p>{results.length === 0 ? 'No results.' : `${results.length} result${results.length === 1 ? '' : 's'}`}</p> : null}
      </div>
      <ol className="search-results">
        {results.map((r) => (
          <li key={r.id}>
            <Link href={r.url as string} className="search-result-link">
              <span className="search-kind">{KIND_LABEL[r.kind as SearchDocument['kind']]}</span> {r.title as string}
              {r.heading ? ` › ${r.heading as string}` : ''}
            </Link>
            <Excerpt text={r.text as string} terms={r.terms} />
          </li>
        ))}
      </ol>
    </div>
  );
}
