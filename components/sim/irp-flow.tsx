'use client';

import dynamic from 'next/dynamic';
import type { IrpFlowProps } from './irp-flow-view';

// A chunk of its own, fetched only by lessons that embed the simulator.
const IrpFlowView = dynamic(() => import('./irp-flow-view'), {
  loading: () => (
    <p className="sim-loading" role="status">
      Loading the IRP simulator…
    </p>
  ),
});

/** `<IrpFlow scenario="..." />` in lesson MDX: an IRP stepping through a device stack. */
export function IrpFlow(props: IrpFlowProps) {
  return (
    <section className="sim-frame" aria-label="IRP flow simulator">
      <IrpFlowView {...props} />
    </section>
  );
}
