'use client';

/**
 * Start / Back / Next / End, with the step count. Buttons that cannot act are aria-disabled rather
 * than disabled, so keyboard focus stays on them at the first and last steps.
 */
export function StepperControls({ index, count, go, label }: { index: number; count: number; go(i: number): void; label: string }) {
  const button = (text: string, target: number, blocked: boolean, primary = false) => (
    <button type="button" className={primary ? 'button-primary' : 'button-secondary'} aria-disabled={blocked} onClick={() => !blocked && go(target)}>
      {text}
    </button>
  );
  return (
    <div className="sim-controls" role="group" aria-label={`${label}: step controls`}>
      {button('Start', 0, index === 0)}
      {button('◀ Back', index - 1, index === 0)}
      {button('Next ▶', index + 1, index >= count - 1, true)}
      {button('End', count - 1, index >= count - 1)}
      <span className="sim-count">
        Step {index + 1} of {count}
      </span>
    </div>
  );
}
