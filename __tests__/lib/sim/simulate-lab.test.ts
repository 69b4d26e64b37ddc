/** @jest-environment node */
import { LAB_SCENARIOS, labScenario } from '@/lib/sim/locks/lab-scenarios';
import type { CpuProgram, LabOp, LabVariant } from '@/lib/sim/locks/lab-types';
import { simulateLab } from '@/lib/sim/locks/simulate-lab';

const one = (program: LabOp[], start: CpuProgram['start'] = 'PASSIVE_LEVEL'): LabVariant => ({ id: 't', label: 't', cpus: [{ name: 'CPU 0', start, program }] });
const variant = (scenario: string, id: string) => labScenario(scenario)?.variants.find((v) => v.id === id) as LabVariant;
const errorOf = (v: LabVariant) => simulateLab(v).steps.find((s) => s.error)?.error?.code ?? null;

describe('simulateLab', () => {
  it('raises to DISPATCH_LEVEL on acquire and restores the saved IRQL on release', () => {
    const trace = simulateLab(variant('spin-lock-irql', 'nonpaged'));
    expect(trace.outcome).toBe('finished');
    expect(trace.steps.map((s) => s.cpus[0]?.irql)).toEqual(['DISPATCH_LEVEL', 'DISPATCH_LEVEL', 'PASSIVE_LEVEL', 'PASSIVE_LEVEL']);
  });

  it('bug-checks on paged memory at DISPATCH_LEVEL: 0xD1 from the driver, 0xA through a kernel routine', () => {
    const driver = simulateLab(variant('spin-lock-irql', 'paged'));
    expect(driver.outcome).toBe('bug-check');
    expect(driver.steps.at(-1)?.text).toMatch(/0xD1, DRIVER_IRQL_NOT_LESS_OR_EQUAL/);
    expect(simulateLab(variant('spin-lock-irql', 'paged-via-kernel')).steps.at(-1)?.text).toMatch(/0xA, IRQL_NOT_LESS_OR_EQUAL/);
    expect(errorOf(one([{ op: 'touch', memory: 'paged' }], 'APC_LEVEL'))).toBeNull();
  });

  it('allows a zero-timeout wait at DISPATCH_LEVEL and says so, but not a wait that may block', () => {
    const poll = simulateLab(variant('dpc-safe', 'polls'));
    expect(poll.outcome).toBe('finished');
    expect(poll.steps[0]?.note).toMatch(/zero timeout/);
    expect(errorOf(variant('dpc-safe', 'waits'))).toBe('wait-at-dispatch');
    expect(errorOf(one([{ op: 'wait', timeout: 'infinite' }], 'DISPATCH_LEVEL'))).toBe('wait-at-dispatch');
    expect(errorOf(one([{ op: 'wait', timeout: 'infinite' }]))).toBeNull();
  });

  it('deadlocks on a recursive acquire', () => {
    const trace = simulateLab(variant('release-rules', 'recursive'));
    expect(trace.outcome).toBe('deadlock');
    expect(errorOf(variant('release-rules', 'recursive'))).toBe('recursive-acquire');
  });

  it('finds the ABBA deadlock as a cycle, and none when both take A before B', () => {
    const opposite = simulateLab(variant('lock-order', 'opposite'));
    expect(opposite.outcome).toBe('deadlock');
    expect(opposite.cycle).toEqual([
      { cpu: 0, holds: 'A', waitsFor: 'B' },
      { cpu: 1, holds: 'B', waitsFor: 'A' },
    ]);
    const same = simulateLab(variant('lock-order', 'same'));
    expect(same.outcome).toBe('finished');
    expect(same.steps.some((s) => /spins at DISPATCH_LEVEL/.test(s.text))).toBe(true);
  });

  it('flags releasing out of order and releasing with the wrong old IRQL, and accepts the right order', () => {
    expect(errorOf(variant('release-rules', 'out-of-order'))).toBe('released-out-of-order');
    expect(errorOf(variant('release-rules', 'wrong-irql'))).toBe('wrong-old-irql');
    expect(simulateLab(variant('release-rules', 'nested-correct')).outcome).toBe('finished');
  });

  it('flags routines called above their documented IRQL', () => {
    expect(errorOf(variant('which-lock', 'spin'))).toBe('routine-above-irql');
    expect(errorOf(variant('which-lock', 'fast-mutex'))).toBe('routine-above-irql');
    expect(simulateLab(variant('which-lock', 'resource')).outcome).toBe('finished');
    expect(errorOf(variant('dpc-safe', 'fast-mutex'))).toBe('routine-above-irql');
    expect(errorOf(one([{ op: 'call', routine: 'IoCompleteRequest' }], 'DISPATCH_LEVEL'))).toBeNull();
    expect(errorOf(one([{ op: 'call', routine: 'IoCompleteRequest' }], 'DIRQL'))).toBe('routine-above-irql');
  });

  it('checks KeRaiseIrql, KeLowerIrql and KeAcquireSpinLockAtDpcLevel against the current IRQL', () => {
    expect(errorOf(one([{ op: 'raise', to: 'PASSIVE_LEVEL' }], 'APC_LEVEL'))).toBe('raise-below-current');
    expect(errorOf(one([{ op: 'lower', to: 'DISPATCH_LEVEL' }], 'APC_LEVEL'))).toBe('lower-above-current');
    expect(errorOf(one([{ op: 'acquire-spin-at-dpc', lock: 'A' }], 'PASSIVE_LEVEL'))).toBe('at-dpc-below-dispatch');
    expect(simulateLab(variant('dpc-safe', 'spin-at-dpc')).outcome).toBe('finished');
  });

  it('has at least four scenarios, each with a clean variant or a named error', () => {
    expect(LAB_SCENARIOS.length).toBeGreaterThanOrEqual(4);
    for (const scenario of LAB_SCENARIOS) for (const v of scenario.variants) expect(['finished', 'bug-check', 'deadlock', 'error']).toContain(simulateLab(v).outcome);
  });
});

describe('simulateLab, edge rules', () => {
  it('lets an ERESOURCE owner acquire it again, but not a fast mutex owner', () => {
    const resource = simulateLab(one([{ op: 'acquire-resource', lock: 'R' }, { op: 'acquire-resource', lock: 'R' }, { op: 'release-resource', lock: 'R' }, { op: 'release-resource', lock: 'R' }]));
    expect(resource.outcome).toBe('finished');
    expect(errorOf(one([{ op: 'acquire-fast-mutex', lock: 'M' }, { op: 'acquire-fast-mutex', lock: 'M' }]))).toBe('recursive-acquire');
  });

  it('refuses the spin lock routines above DISPATCH_LEVEL, and KeReleaseSpinLockFromDpcLevel for a lock taken with KeAcquireSpinLock', () => {
    expect(errorOf(one([{ op: 'acquire-spin-at-dpc', lock: 'A' }], 'DIRQL'))).toBe('routine-above-irql');
    expect(errorOf(one([{ op: 'acquire-spin', lock: 'A' }, { op: 'release-spin-from-dpc', lock: 'A' }]))).toBe('wrong-old-irql');
    expect(simulateLab(one([{ op: 'acquire-spin', lock: 'A' }, { op: 'release-spin-from-dpc', lock: 'A' }], 'DISPATCH_LEVEL')).outcome).toBe('finished');
  });

  it('releases an in-stack queued spin lock with KeReleaseInStackQueuedSpinLock and the IRQL saved in its handle', () => {
    const trace = simulateLab(one([{ op: 'acquire-spin', lock: 'Q', queued: true }, { op: 'release-spin', lock: 'Q' }], 'APC_LEVEL'));
    expect(trace.outcome).toBe('finished');
    expect(trace.steps.at(-1)?.text).toMatch(/KeReleaseInStackQueuedSpinLock\(Q\).*APC_LEVEL/);
  });

  it('notes IoCompleteRequest called while a spin lock is held', () => {
    const trace = simulateLab(one([{ op: 'acquire-spin', lock: 'A' }, { op: 'call', routine: 'IoCompleteRequest' }, { op: 'release-spin', lock: 'A' }]));
    expect(trace.steps[1]?.note).toMatch(/never to call it while holding a spin lock/);
  });

  it('refuses even a zero-timeout wait above DISPATCH_LEVEL', () => {
    expect(errorOf(one([{ op: 'wait', timeout: 'zero' }], 'DIRQL'))).toBe('routine-above-irql');
  });
});
