import type { Metadata } from 'next';
import { ProgressPanel } from '@/components/progress/progress-panel';
import { getCourse } from '@/lib/content';
import { lessonMetas } from '@/lib/content/lesson-meta';

export const metadata: Metadata = { title: 'Your progress', description: 'Export, import or reset your Ring Zero progress.' };

export default function ProgressPage() {
  return (
    <main id="main" className="progress-page">
      <h1>Your progress</h1>
      <ProgressPanel lessons={lessonMetas(getCourse())} />
    </main>
  );
}
