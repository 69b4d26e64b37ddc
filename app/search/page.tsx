import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchView } from '@/components/search/search-view';

export const metadata: Metadata = { title: 'Search', description: 'Search lessons, code, the glossary and your notes.' };

export default function SearchPage() {
  return (
    <main id="main" className="progress-page">
      <h1>Search</h1>
      <p className="note-form-help">Press / or Ctrl+K on any page to come here.</p>
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <SearchView />
      </Suspense>
    </main>
  );
}
