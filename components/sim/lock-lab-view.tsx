'use client';

import { useId, useMemo, useState } from 'react';
import { LAB_ERRORS } from '@/lib/sim/locks/lab-errors';
import { labScenario } from '@/lib/sim/locks/lab-scenarios';
import { IRQLS } from '@/lib/sim/locks/lab-types';
import { simulateLab } from '@/lib/sim/locks/simulate-lab';
import { SimLog, SimOutcome, SimProblem } from './sim-problem';
import { StepperControls } from './stepper-controls';
import { useStepper } from './use-stepper';

export interface LockLabProps {
  scenario: string;
  /** Start on this variant (its id). */
  variant?: string;
  step?: number;
}

const SHORT = { PASSIVE_LEVEL: 'PASSIVE', APC_LEVEL: 'APC', DISPATCH_LEVEL: 'DISPATCH', DIRQL: 'DIRQL' } as const;

/** The IRQL and lock lab: processors, their IRQL over time, the locks they hold, and what goes wrong. */
export default function LockLabView({ scenario: id, variant: initial, step }: LockLabProps) {
  const scenario = labScenario(id);
  const name = useId();
  const [variantId, setVariantId] = useState(initial ?? scenario?.variants[0]?.id ?? '');
  const variant = scenario?.variants.find((v) => v.id === variantId) ?? scenario?.variants[0];
  const trace = useMemo(() => (variant ? simulateLab(variant) : null), [variant]);
  const count = trace?.steps.length ?? 1;
  const { index, go, onKeyDown } = useStepper(count, (step ?? 1) - 1);
  if (!scenario || !variant || !trace) return <p className="form-error">Unknown lock lab scenario “{id}”.</p>;
  const current = trace.steps[Math.min(index, count - 1)];
  if (!current) return null;
  const error = current.error ? LAB_ERRORS[current.error.code] : null;

  return (
    <div className="sim lock-lab" onKeyDown={onKeyDown}>
      <p className="sim-title">{scenario.title}</p>
      <p className="sim-summary">{scenario.summary}</p>
      {scenario.variants.length > 1 ? (
        <fieldset className="lab-variants">
          <legend>Version</legend>
          {scenario.variants.map((v) => (
            <label key={v.id}>
              <input
                type="radio"
                name={name}
                value={v.id}
                checked={v.id === variant.id}
                onChange={() => {
                  setVariantId(v.id);
                  go(0);
                }}
              />{' '}
              {v.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <StepperControls index={index} count={count} go={go} label={scenario.title} />
      <p className="sim-step" aria-live="polite">
        {current.text}
      </p>
      {current.note ? <p className="lab-note">{current.note}</p> : null}
      {error ? (
        <SimProblem title={error.title} references={error.references}>
          {trace.cycle && current.error?.code === 'lock-order-deadlock' ? (
            <p className="lab-cycle">
              {trace.cycle.map((c) => `CPU ${c.cpu} holds ${c.holds} → waits for ${c.waitsFor}`).join(' → ')} → back to CPU {trace.cycle[0]?.cpu}
            </p>
          ) : null}
        </SimProblem>
      ) : null}
      <div className="lab-cpus">
        {variant.cpus.map((cpu, c) => {
          const now = current.cpus[c];
          return (
            <div key={cpu.name} className={`lab-cpu${current.cpu === c ? ' lab-active' : ''}`}>
              <p className="irp-box-title">{cpu.name}</p>
              <p>
                IRQL: <code>{now?.irql}</code>
              </p>
              <p>Holds: {now?.held.length ? now.held.map((h) => `${h.lock} (${h.kind === 'fast-mutex' ? 'fast mutex' : h.kind === 'resource' ? 'ERESOURCE' : h.kind === 'queued' ? 'in-stack queued spin lock' : 'spin lock'})`).join(', ') : 'nothing'}</p>
              {now?.spinningOn ? <p className="lab-spinning">Waiting for {now.spinningOn}</p> : null}
              <div className="lab-timeline" aria-hidden="true" title="IRQL at each step">
                {trace.steps.slice(0, index + 1).map((s, i) => {
                  const irql = s.cpus[c]?.irql ?? 'PASSIVE_LEVEL';
                  return <span key={i} className={`lab-bar lab-${SHORT[irql].toLowerCase()}`} style={{ height: `${(IRQLS.indexOf(irql) + 1) * 25}%` }} />;
                })}
              </div>
              <p className="lab-legend" aria-hidden="true">
                IRQL over the steps so far (taller is higher)
              </p>
            </div>
          );
        })}
      </div>
      {index === count - 1 ? (
        <SimOutcome outcome={trace.outcome}>
          {trace.outcome === 'finished' ? 'Finished with no errors.' : null}
          {trace.outcome === 'bug-check' ? 'The system stops with a bug check.' : null}
          {trace.outcome === 'deadlock' ? 'Deadlock: nothing on these processors can make progress.' : null}
          {trace.outcome === 'error' ? 'This breaks a documented rule.' : null}
        </SimOutcome>
      ) : null}
      <SimLog entries={trace.steps.slice(0, index + 1).map((s) => `${s.text}${s.cpus.map((cpu, c) => ` [CPU ${c}: ${cpu.irql}]`).join('')}`)} />
    </div>
  );
}
