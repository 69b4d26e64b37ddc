/** @jest-environment node */
import { irpScenario, irpScenarioSchema, IRP_SCENARIOS } from '@/lib/sim/irp/irp-scenarios';
import type { CompletionBehaviour, DispatchAction, IrpScenario } from '@/lib/sim/irp/irp-types';
import { simulateIrp } from '@/lib/sim/irp/simulate-irp';

const ok: CompletionBehaviour = { propagatePending: true, returns: 'continue', completesLater: false, completesInside: false };
const completeOk: DispatchAction = { kind: 'complete', status: 'STATUS_SUCCESS', information: 4 };

function stack(...devices: [DispatchAction, Partial<CompletionBehaviour>?][]): IrpScenario {
  return {
    id: 'test',
    title: 'test',
    summary: 'test',
    major: 'IRP_MJ_READ',
    devices: devices.map(([dispatch, completion], i) => ({ name: `D${i}`, role: i === devices.length - 1 ? 'pdo' : 'fdo', dispatch, completion: { ...ok, ...completion } })),
    editable: [],
  };
}

const codes = (s: IrpScenario) => simulateIrp(s).mistakes.map((m) => `${m.code}@${m.device}`);

describe('simulateIrp', () => {
  it('runs every built-in scenario that is meant to be clean without a mistake', () => {
    for (const id of ['read-passed-down', 'filter-counts-completions', 'pend-then-complete-from-dpc', 'forward-and-wait']) {
      const trace = simulateIrp(irpScenario(id) as IrpScenario);
      expect({ id, mistakes: trace.mistakes, outcome: trace.outcome }).toEqual({ id, mistakes: [], outcome: 'completed' });
    }
  });

  it('lets skipping drivers share one stack location and returns the lowest driver’s status up the chain', () => {
    const trace = simulateIrp(irpScenario('read-passed-down') as IrpScenario);
    const last = trace.steps.at(-1);
    expect(last?.returned).toEqual(['STATUS_SUCCESS', 'STATUS_SUCCESS', 'STATUS_SUCCESS']);
    expect(last?.ioStatus).toEqual({ status: 'STATUS_SUCCESS', information: 512 });
    const dispatchSteps = trace.steps.filter((s) => / dispatch routine runs/.test(s.text));
    expect(dispatchSteps.map((s) => s.current)).toEqual([0, 0, 0]);
  });

  it('gives each copying driver the next location, with its completion routine stored there', () => {
    const trace = simulateIrp(stack([{ kind: 'copy-and-forward' }], [completeOk]));
    const lowerRuns = trace.steps.find((s) => s.text.startsWith('D1’s dispatch') || s.text.startsWith("D1's dispatch"));
    expect(lowerRuns?.current).toBe(1);
    expect(lowerRuns?.locations[1]?.completionRoutineOf).toBe(0);
    expect(trace.steps.some((s) => s.actor === 'D0 completion routine')).toBe(true);
  });

  it('shows PendingReturned TRUE to a completion routine above a driver that pended, and the routine propagates it', () => {
    const trace = simulateIrp(irpScenario('filter-counts-completions') as IrpScenario);
    const routine = trace.steps.find((s) => s.actor.endsWith('completion routine'));
    expect(routine?.pendingReturned).toBe(true);
    expect(routine?.context).toBe('DPC (arbitrary thread)');
    expect(trace.steps.at(-1)?.locations[0]?.pendingMarked).toBe(true);
    expect(trace.steps.at(-1)?.returned).toEqual(['STATUS_PENDING', 'STATUS_PENDING', null]);
  });

  it('names STATUS_PENDING returned without IoMarkIrpPending, in the dispatch routine or a completion routine', () => {
    expect(codes(stack([{ kind: 'pend', markPending: false, status: 'STATUS_SUCCESS', information: 0 }], [completeOk]))).toEqual(['pending-not-marked@0']);
    expect(codes(irpScenario('lost-pending-flag') as IrpScenario)).toEqual(['pending-not-marked@0']);
    expect(codes(stack([{ kind: 'copy-and-forward' }, { propagatePending: false }], [completeOk]))).toEqual([]);
  });

  it('waits for a pended lower driver in forward-and-wait, and does not mark the IRP pending', () => {
    const trace = simulateIrp(irpScenario('forward-and-wait') as IrpScenario);
    expect(trace.steps.some((s) => /STATUS_MORE_PROCESSING_REQUIRED/.test(s.text))).toBe(true);
    expect(trace.steps.at(-1)?.returned[0]).toBe('STATUS_SUCCESS');
    expect(trace.steps.at(-1)?.locations[0]?.pendingMarked).toBe(false);
  });

  it('names a completion routine set after a skip, which replaces the routine of the driver above', () => {
    const trace = simulateIrp(stack([{ kind: 'copy-and-forward' }], [{ kind: 'skip-then-set-routine' }], [completeOk]));
    const step = trace.steps.find((s) => s.mistake?.code === 'routine-after-skip');
    expect(step?.text).toMatch(/replacing D0's completion routine/);
    expect(step?.locations[1]?.completionRoutineOf).toBe(1);
    expect(trace.steps.some((s) => s.actor === 'D0 completion routine')).toBe(false);
  });

  it('names touching the IRP after IoCallDriver or after IoCompleteRequest', () => {
    expect(codes(stack([{ kind: 'forward-then-touch' }], [completeOk]))).toEqual(['touched-after-call@0']);
    expect(codes(stack([{ kind: 'skip-and-forward' }], [{ kind: 'complete-then-touch', status: 'STATUS_SUCCESS', information: 0 }]))).toEqual(['touched-after-complete@1']);
  });

  it('stops with a bug check when a completion routine completes the IRP again', () => {
    const trace = simulateIrp(stack([{ kind: 'copy-and-forward' }, { completesInside: true }], [completeOk]));
    expect(trace.outcome).toBe('bug-check');
    expect(trace.mistakes).toEqual([{ code: 'completed-twice', device: 0 }]);
  });

  it('accepts a completion routine that completes the IRP itself and then returns STATUS_MORE_PROCESSING_REQUIRED', () => {
    const trace = simulateIrp(stack([{ kind: 'copy-and-forward' }, { completesInside: true, returns: 'more-processing' }], [completeOk]));
    expect(trace).toMatchObject({ outcome: 'completed', mistakes: [] });
    expect(trace.steps.some((s) => /does not touch the IRP again/.test(s.text))).toBe(true);
  });

  it('names an IRP taken back with STATUS_MORE_PROCESSING_REQUIRED and never completed, but not one completed later', () => {
    const never = simulateIrp(stack([{ kind: 'copy-and-forward' }, { returns: 'more-processing', completesLater: false }], [completeOk]));
    expect(never.outcome).toBe('never-completed');
    expect(never.mistakes).toEqual([{ code: 'never-completed', device: 0 }]);
    const later = simulateIrp(stack([{ kind: 'copy-and-forward' }, { returns: 'more-processing', completesLater: true }], [completeOk]));
    expect(later).toMatchObject({ outcome: 'completed', mistakes: [] });
  });

  it('finds both mistakes in the broken filter scenario', () => {
    expect(codes(irpScenario('broken-filter') as IrpScenario)).toEqual(['routine-after-skip@0', 'pending-not-marked@1']);
  });
});

describe('irpScenarioSchema', () => {
  it('accepts the built-in scenarios', () => {
    for (const s of IRP_SCENARIOS) expect(irpScenarioSchema.safeParse(s).success).toBe(true);
  });

  it('rejects a bottom driver that forwards, a one-device stack and a five-device stack', () => {
    expect(irpScenarioSchema.safeParse(stack([completeOk], [{ kind: 'skip-and-forward' }])).success).toBe(false);
    expect(irpScenarioSchema.safeParse(stack([completeOk])).success).toBe(false);
    const five = stack(...Array.from({ length: 4 }, () => [{ kind: 'skip-and-forward' }] as [DispatchAction]), [completeOk]);
    expect(irpScenarioSchema.safeParse(five).success).toBe(false);
  });
});
