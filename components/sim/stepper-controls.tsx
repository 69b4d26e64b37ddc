'use client';

/** Start / Back / Next / End, with the step count. */
export function StepperControls({ index, count, go, label }: { index: number; count: number; go(i: number): void; label: string }) {
  return (
    <div className="sim-controls" role="group" aria-label={`${label}: step controls`}>
      <button type="button" className="button-secondary" onClick={() => go(0)} disabled={index === 0}>
        Start
      </button>
      <button type="button" className="button-secondary" onClick={() => go(index - 1)} disabled={index === 0}>
        ◀ Back
      </button>
      <button type="button" className="button-primary" onClick={() => go(index + 1)} disabled={index >= count - 1}>
        Next ▶
      </button>
      <button type="button" className="button-secondary" onClick={() => go(count - 1)} disabled={index >= count - 1}>
        End
      </button>
      <span className="sim-count">
        Step {index + 1} of {count}
      </span>
    </div>
  );
}
