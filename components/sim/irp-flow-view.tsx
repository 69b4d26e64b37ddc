'use client';

import { useMemo, useState } from 'react';
import { irpScenario } from '@/lib/sim/irp/irp-scenarios';
import { IRP_MISTAKES } from '@/lib/sim/irp/irp-mistakes';
import type { DeviceConfig, IrpScenario } from '@/lib/sim/irp/irp-types';
import { simulateIrp } from '@/lib/sim/irp/simulate-irp';
import { IrpActionEditor } from './irp-action-editor';
import { SimLog, SimOutcome, SimProblem } from './sim-problem';
import { StepperControls } from './stepper-controls';
import { useStepper } from './use-stepper';

export interface IrpFlowProps {
  scenario: string;
  /** Open at this step (1-based), e.g. for "predict the next step". */
  step?: number;
  /** Hide the action editor (exercises show a fixed driver). */
  fixed?: boolean;
}

/** The IRP simulator: a device stack, the IRP's stack locations, and every step of its trip. */
export default function IrpFlowView({ scenario: id, step, fixed = false }: IrpFlowProps) {
  const base = irpScenario(id);
  const [devices, setDevices] = useState<DeviceConfig[]>(base?.devices ?? []);
  const scenario: IrpScenario | null = base ? { ...base, devices } : null;
  const trace = useMemo(() => (base ? simulateIrp({ ...base, devices }) : null), [base, devices]);
  const count = trace?.steps.length ?? 1;
  const { index, go, onKeyDown } = useStepper(count, (step ?? 1) - 1);
  if (!scenario || !trace) return <p className="form-error">Unknown IRP scenario “{id}”.</p>;
  const current = trace.steps[Math.min(index, count - 1)];
  if (!current) return null;

  const change = (device: number, patch: Partial<DeviceConfig>) => {
    setDevices((all) => all.map((d, i) => (i === device ? { ...d, ...patch } : d)));
    go(0);
  };
  const mistake = current.mistake ? IRP_MISTAKES[current.mistake.code] : null;

  return (
    <div className="sim irp-flow" onKeyDown={onKeyDown}>
      <p className="sim-title">{scenario.title}</p>
      <p className="sim-summary">{scenario.summary} Use the buttons, or the arrow keys once focus is in the simulator.</p>
      <StepperControls index={index} count={count} go={go} label={scenario.title} />
      <p className="sim-step" aria-live="polite">
        <span className="sim-actor">{current.actor}</span> {current.text}
      </p>
      {mistake ? (
        <SimProblem title={`Mistake: ${mistake.title}`} references={mistake.references}>
          <p>{mistake.explanation}</p>
        </SimProblem>
      ) : null}
      <div className="irp-board">
        <div>
          <p className="irp-box-title">Device stack (top to bottom)</p>
          <ol className="irp-stack">
            {scenario.devices.map((device, i) => {
              const uses = current.locations.find((l) => l.usedBy.includes(i));
              return (
                <li key={device.name} className={`irp-device${current.activeDevice === i ? ' irp-active' : ''}`}>
                  <div className="irp-device-name">
                    {device.name} <span className="irp-role">{device.role.toUpperCase()}</span>
                    {current.activeDevice === i ? <span className="irp-running"> · running</span> : null}
                  </div>
                  <div className="irp-returned">
                    {uses ? `Uses stack location ${uses.index}` : 'Has not seen the IRP yet'} · dispatch returned: {current.returned[i] ?? '—'}
                  </div>
                  {!fixed && base?.editable.includes(i) ? <IrpActionEditor device={device} isBottom={i === scenario.devices.length - 1} onChange={(patch) => change(i, patch)} /> : null}
                </li>
              );
            })}
          </ol>
        </div>
        <div className="irp-side">
          <div className="irp-header-box">
            <p className="irp-box-title">IRP header</p>
            <p>
              IoStatus.Status: <code>{current.ioStatus.status ?? '(not set)'}</code>
            </p>
            <p>
              IoStatus.Information: <code>{current.ioStatus.information}</code>
            </p>
            <p>
              PendingReturned: <code>{current.pendingReturned ? 'TRUE' : 'FALSE'}</code>
            </p>
            <p>Running in: {current.context}</p>
          </div>
          <div className="irp-header-box">
            <p className="irp-box-title">I/O stack locations</p>
            <ol className="irp-locations" start={0}>
              {current.locations.map((loc) => (
                <li key={loc.index} className={current.current === loc.index ? 'irp-current' : undefined} aria-current={current.current === loc.index ? 'location' : undefined}>
                  <strong>[{loc.index}]</strong> {loc.usedBy.length ? loc.usedBy.map((d) => scenario.devices[d]?.name).join(', ') : 'unused'}
                  {current.current === loc.index ? <strong> · current</strong> : null}
                  {loc.completionRoutineOf !== null ? <span> · holds {scenario.devices[loc.completionRoutineOf]?.name}’s completion routine</span> : null}
                  {loc.pendingMarked ? <span> · marked pending</span> : null}
                </li>
              ))}
            </ol>
          </div>
          <div className="irp-callstack">
            <p className="irp-box-title">Call stack (innermost last)</p>
            <ol>{current.callStack.length ? current.callStack.map((f, i) => <li key={`${f}-${i}`}><code>{f}</code></li>) : <li>(nothing running)</li>}</ol>
          </div>
        </div>
      </div>
      {index === count - 1 ? (
        <SimOutcome outcome={trace.outcome}>
          {trace.outcome === 'completed' && trace.mistakes.length === 0 ? 'The IRP completed cleanly.' : null}
          {trace.outcome === 'completed' && trace.mistakes.length > 0 ? `The IRP completed, but with ${trace.mistakes.length} mistake${trace.mistakes.length === 1 ? '' : 's'}.` : null}
          {trace.outcome === 'bug-check' ? 'The system stops with a bug check.' : null}
          {trace.outcome === 'never-completed' ? 'The IRP is never completed.' : null}
        </SimOutcome>
      ) : null}
      <SimLog
        entries={trace.steps.slice(0, index + 1).map((s) => (
          <>
            {s.text}
            {s.mistake ? <strong> Mistake: {IRP_MISTAKES[s.mistake.code].title}.</strong> : null}
          </>
        ))}
      />
    </div>
  );
}
