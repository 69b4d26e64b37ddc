import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ChecksPage } from '@/components/checks/checks-page';
import { topicOptions } from '@/lib/content/question-bank';

export const metadata: Metadata = { title: 'Knowledge checks', description: 'Test yourself on any part of the course with a drawn knowledge check.' };

export default function Checks() {
  return (
    <main id="main" className="progress-page">
      <h1>Knowledge checks</h1>
      <p className="lede">Draw questions from the whole course, on the topics you choose. Wrong answers go to your review queue.</p>
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <ChecksPage topics={topicOptions()} />
      </Suspense>
    </main>
  );
}
