import type { Metadata } from 'next';
import { CustomTrackPage } from '@/components/tracks/custom-track-page';

export const metadata: Metadata = { title: 'Lead’s view (shared track)' };

export default function SharedTrackReportsPage() {
  return <CustomTrackPage view="reports" />;
}
