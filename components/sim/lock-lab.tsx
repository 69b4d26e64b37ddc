'use client';

import dynamic from 'next/dynamic';
import type { LockLabProps } from './lock-lab-view';

// A chunk of its own, fetched only by lessons that embed the lab.
const LockLabView = dynamic(() => import('./lock-lab-view'), {
  loading: () => (
    <p className="sim-loading" role="status">
      Loading the IRQL and lock lab…
    </p>
  ),
});

/** `<LockLab scenario="..." />` in lesson MDX: processors, IRQL and locks, step by step. */
export function LockLab(props: LockLabProps) {
  return (
    <section className="sim-frame" aria-label="IRQL and lock lab">
      <LockLabView {...props} />
    </section>
  );
}
