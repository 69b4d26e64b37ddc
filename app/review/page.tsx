import type { Metadata } from 'next';
import { ReviewSession } from '@/components/checks/review-session';

export const metadata: Metadata = { title: 'Review', description: 'Spaced review of the questions you answered wrong.' };

export default function Review() {
  return (
    <main id="main" className="progress-page">
      <h1>Review</h1>
      <ReviewSession />
    </main>
  );
}
