import type { Metadata } from 'next';
import { CustomTrackPage } from '@/components/tracks/custom-track-page';

export const metadata: Metadata = { title: 'Shared track' };

export default function SharedTrackPage() {
  return <CustomTrackPage view="track" />;
}
