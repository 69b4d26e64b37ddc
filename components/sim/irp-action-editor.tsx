'use client';

import { useId } from 'react';
import type { DeviceConfig, DispatchAction } from '@/lib/sim/irp/irp-types';

const ACTIONS: { value: DispatchAction['kind']; label: string; forwards: boolean }[] = [
  { value: 'skip-and-forward', label: 'Skip, then IoCallDriver', forwards: true },
  { value: 'copy-and-forward', label: 'Copy + IoSetCompletionRoutine, then IoCallDriver', forwards: true },
  { value: 'forward-and-wait', label: 'Forward and wait on an event', forwards: true },
  { value: 'complete', label: 'Complete with STATUS_SUCCESS', forwards: false },
  { value: 'pend', label: 'IoMarkIrpPending, queue, return STATUS_PENDING', forwards: false },
  { value: 'skip-then-set-routine', label: 'Skip, then IoSetCompletionRoutine (mistake)', forwards: true },
  { value: 'forward-then-touch', label: 'IoCallDriver, then read Irp->IoStatus (mistake)', forwards: true },
];

function actionFor(kind: DispatchAction['kind'], previous: DispatchAction): DispatchAction {
  const info = 'information' in previous ? previous.information : 0;
  if (kind === 'complete') return { kind, status: 'STATUS_SUCCESS', information: info };
  if (kind === 'pend') return { kind, markPending: true, status: 'STATUS_SUCCESS', information: info };
  if (kind === 'complete-then-touch') return { kind, status: 'STATUS_SUCCESS', information: info };
  return { kind } as DispatchAction;
}

/** The learner's choices for one driver: its dispatch action and how its completion routine behaves. */
export function IrpActionEditor({ device, isBottom, onChange }: { device: DeviceConfig; isBottom: boolean; onChange(patch: Partial<DeviceConfig>): void }) {
  const id = useId();
  const options = ACTIONS.filter((a) => !isBottom || !a.forwards);
  return (
    <div className="irp-editor">
      <label htmlFor={`${id}-action`}>Dispatch routine</label>
      <select id={`${id}-action`} value={device.dispatch.kind} onChange={(e) => onChange({ dispatch: actionFor(e.target.value as DispatchAction['kind'], device.dispatch) })}>
        {options.map((a) => (
          <option key={a.value} value={a.value}>
            {a.label}
          </option>
        ))}
      </select>
      {device.dispatch.kind === 'pend' ? (
        <label className="irp-check">
          <input type="checkbox" checked={device.dispatch.markPending} onChange={(e) => onChange({ dispatch: { ...(device.dispatch as Extract<DispatchAction, { kind: 'pend' }>), markPending: e.target.checked } })} />
          Calls IoMarkIrpPending
        </label>
      ) : null}
      {['copy-and-forward', 'skip-then-set-routine'].includes(device.dispatch.kind) ? (
        <>
          <label className="irp-check">
            <input type="checkbox" checked={device.completion.propagatePending} onChange={(e) => onChange({ completion: { ...device.completion, propagatePending: e.target.checked } })} />
            Completion routine: if PendingReturned, IoMarkIrpPending
          </label>
          <label htmlFor={`${id}-returns`}>Completion routine returns</label>
          <select
            id={`${id}-returns`}
            value={device.completion.returns === 'more-processing' ? (device.completion.completesLater ? 'more-later' : 'more-never') : 'continue'}
            onChange={(e) =>
              onChange({
                completion: { ...device.completion, returns: e.target.value === 'continue' ? 'continue' : 'more-processing', completesLater: e.target.value === 'more-later' },
              })
            }
          >
            <option value="continue">STATUS_CONTINUE_COMPLETION</option>
            <option value="more-later">STATUS_MORE_PROCESSING_REQUIRED, complete again later</option>
            <option value="more-never">STATUS_MORE_PROCESSING_REQUIRED, never complete (mistake)</option>
          </select>
        </>
      ) : null}
    </div>
  );
}
