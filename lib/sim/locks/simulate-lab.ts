import { IRQLS, type IrqlName, type LabCpuView, type LabErrorCode, type LabHeld, type LabOp, type LabStep, type LabTrace, type LabVariant, type RoutineName } from './lab-types';

/** The highest IRQL at which each routine may be called, from its documentation page. */
export const ROUTINE_MAX_IRQL: Record<RoutineName, IrqlName> = {
  IoCompleteRequest: 'DISPATCH_LEVEL',
  IoCallDriver: 'DISPATCH_LEVEL',
  'KeSetEvent (Wait = FALSE)': 'DISPATCH_LEVEL',
  'ExAllocatePool2 (paged)': 'APC_LEVEL',
  'ExAllocatePool2 (nonpaged)': 'DISPATCH_LEVEL',
  ZwCreateFile: 'PASSIVE_LEVEL',
  KeInsertQueueDpc: 'DIRQL',
};

const level = (irql: IrqlName) => IRQLS.indexOf(irql);

interface Cpu {
  irql: IrqlName;
  held: LabHeld[];
  spinningOn: string | null;
  next: number;
  program: LabOp[];
}

class Fatal extends Error {
  constructor(readonly outcome: LabTrace['outcome']) {
    super(outcome);
  }
}

const isSpinLock = (h: LabHeld) => h.kind === 'spin' || h.kind === 'queued';

export function describeOp(op: LabOp): string {
  switch (op.op) {
    case 'acquire-spin':
      return op.queued ? `KeAcquireInStackQueuedSpinLock(${op.lock})` : `KeAcquireSpinLock(${op.lock})`;
    case 'acquire-spin-at-dpc':
      return `KeAcquireSpinLockAtDpcLevel(${op.lock})`;
    case 'release-spin':
      return `KeReleaseSpinLock(${op.lock}${op.restore ? `, ${op.restore}` : ''})`;
    case 'release-spin-from-dpc':
      return `KeReleaseSpinLockFromDpcLevel(${op.lock})`;
    case 'raise':
      return `KeRaiseIrql(${op.to})`;
    case 'lower':
      return `KeLowerIrql(${op.to})`;
    case 'touch':
      return op.via === 'kernel' ? `pass a pointer to ${op.memory} memory to a kernel routine` : `touch ${op.memory} memory`;
    case 'wait':
      return `KeWaitForSingleObject(event, ${op.timeout === 'zero' ? 'timeout 0' : op.timeout === 'finite' ? 'a 10 ms timeout' : 'no timeout'})`;
    case 'acquire-fast-mutex':
      return `ExAcquireFastMutex(${op.lock})`;
    case 'release-fast-mutex':
      return `ExReleaseFastMutex(${op.lock})`;
    case 'call':
      return `${op.routine}(…)`;
    case 'acquire-resource':
      return `KeEnterCriticalRegion + ExAcquireResourceExclusiveLite(${op.lock})`;
    case 'release-resource':
      return `ExReleaseResourceLite(${op.lock}) + KeLeaveCriticalRegion`;
  }
}

/** Runs a lab variant: processors take turns by its schedule, then round-robin, until all finish or one fails. */
export function simulateLab(variant: LabVariant): LabTrace {
  const cpus: Cpu[] = variant.cpus.map((c) => ({ irql: c.start, held: [], spinningOn: null, next: 0, program: c.program }));
  const steps: LabStep[] = [];
  const view = (): LabCpuView[] => cpus.map((c) => ({ irql: c.irql, held: c.held.map((h) => ({ ...h })), spinningOn: c.spinningOn, done: c.next >= c.program.length }));
  const record = (cpu: number, text: string, extra: Partial<LabStep> = {}) => steps.push({ cpu, text, cpus: view(), ...extra });
  const fail = (cpu: number, code: LabErrorCode, detail: string, outcome: LabTrace['outcome']): never => {
    record(cpu, detail, { error: { code, detail } });
    throw new Fatal(outcome);
  };
  const holderOf = (lock: string) => cpus.findIndex((c) => c.held.some((h) => h.lock === lock));
  let cycle: LabTrace['cycle'];

  /** One attempt by `i` at its next operation; false when it is spinning. */
  const tryStep = (i: number): boolean => {
    const cpu = cpus[i] as Cpu;
    const op = cpu.program[cpu.next];
    if (!op) return true;
    const what = describeOp(op);
    const at = `CPU ${i} at ${cpu.irql}`;
    switch (op.op) {
      case 'acquire-spin':
      case 'acquire-spin-at-dpc': {
        if (level(cpu.irql) > level('DISPATCH_LEVEL')) fail(i, 'routine-above-irql', `${at} calls ${what}. Executive spin locks may be acquired only at or below DISPATCH_LEVEL; above it, a driver uses its interrupt spin lock instead.`, 'error');
        if (op.op === 'acquire-spin-at-dpc' && level(cpu.irql) < level('DISPATCH_LEVEL')) {
          fail(i, 'at-dpc-below-dispatch', `${at} calls ${what}, which does not raise IRQL: it assumes its caller is already at DISPATCH_LEVEL. At a lower IRQL the thread can be preempted while it holds the lock.`, 'error');
        }
        if (cpu.held.some((h) => h.lock === op.lock)) fail(i, 'recursive-acquire', `${at} calls ${what} while it already holds ${op.lock}. A spin lock is not recursive: the processor spins on itself forever.`, 'deadlock');
        const holder = holderOf(op.lock);
        if (holder >= 0) {
          if (cpu.spinningOn !== op.lock) record(i, `CPU ${i} calls ${what}, but CPU ${holder} holds ${op.lock}: CPU ${i} spins at DISPATCH_LEVEL until it is released.`);
          cpu.spinningOn = op.lock;
          if (level(cpu.irql) < level('DISPATCH_LEVEL')) cpu.irql = 'DISPATCH_LEVEL';
          return false;
        }
        const oldIrql = cpu.irql;
        cpu.spinningOn = null;
        if (level(cpu.irql) < level('DISPATCH_LEVEL') || op.op === 'acquire-spin') cpu.irql = 'DISPATCH_LEVEL';
        cpu.held.push({ lock: op.lock, kind: op.op === 'acquire-spin' && op.queued ? 'queued' : 'spin', oldIrql: op.op === 'acquire-spin-at-dpc' ? 'DISPATCH_LEVEL' : oldIrql });
        cpu.next++;
        record(i, `CPU ${i} ${what}: ${op.op === 'acquire-spin' ? `raises IRQL from ${oldIrql} to DISPATCH_LEVEL, ` : ''}acquires ${op.lock}.`);
        return true;
      }
      case 'release-spin':
      case 'release-spin-from-dpc': {
        const index = cpu.held.findIndex((h) => h.lock === op.lock);
        if (index < 0) fail(i, 'not-held', `${at} releases ${op.lock}, which it does not hold.`, 'error');
        if (level(cpu.irql) > level('DISPATCH_LEVEL')) fail(i, 'routine-above-irql', `${at} calls ${what}, which may not be called above DISPATCH_LEVEL.`, 'error');
        const held = cpu.held[index] as LabHeld;
        if (op.op === 'release-spin-from-dpc' && level(held.oldIrql) < level('DISPATCH_LEVEL')) {
          fail(i, 'wrong-old-irql', `${at} calls ${what} on ${op.lock}, which was taken with ${held.kind === 'queued' ? 'KeAcquireInStackQueuedSpinLock' : 'KeAcquireSpinLock'} from ${held.oldIrql}. KeReleaseSpinLockFromDpcLevel does not restore IRQL, so the processor would stay at ${cpu.irql}: a lock taken that way must be released with ${held.kind === 'queued' ? 'KeReleaseInStackQueuedSpinLock' : 'KeReleaseSpinLock and its saved IRQL'}.`, 'error');
        }
        cpu.held.splice(index, 1);
        if (op.op === 'release-spin-from-dpc') {
          cpu.next++;
          record(i, `CPU ${i} ${what}: releases ${op.lock} and stays at ${cpu.irql}.`);
          return true;
        }
        // An in-stack queued lock is released with KeReleaseInStackQueuedSpinLock, which restores the IRQL saved in the lock handle.
        const release = held.kind === 'queued' ? `KeReleaseInStackQueuedSpinLock(${op.lock})` : what;
        const restore = held.kind === 'queued' ? held.oldIrql : (op.restore ?? held.oldIrql);
        cpu.irql = restore;
        cpu.next++;
        if (restore !== held.oldIrql) {
          fail(i, 'wrong-old-irql', `CPU ${i} ${what} restores ${restore}, but the IRQL saved when ${op.lock} was acquired was ${held.oldIrql}. Each release must get back the old IRQL its own acquire saved.`, 'error');
        }
        const releasedNewest = index === cpu.held.length;
        if (!releasedNewest && cpu.held.some(isSpinLock) && level(restore) < level('DISPATCH_LEVEL')) {
          fail(i, 'released-out-of-order', `CPU ${i} ${release} drops to ${restore} while it still holds ${cpu.held.map((h) => h.lock).join(', ')}. Releasing in the wrong order lowers IRQL with a spin lock still held, and the later release of that lock would be called below DISPATCH_LEVEL, although KeReleaseSpinLock's callers are documented to run at DISPATCH_LEVEL.`, 'error');
        }
        record(i, `CPU ${i} ${release}: releases ${op.lock} and restores IRQL to ${restore}.`);
        return true;
      }
      case 'raise':
        if (level(op.to) < level(cpu.irql)) fail(i, 'raise-below-current', `${at} calls ${what}: KeRaiseIrql only raises. Its page says that asking it for an IRQL below the current one causes a bug check.`, 'error');
      {
        const was = cpu.irql;
        cpu.irql = op.to;
        cpu.next++;
        record(i, `CPU ${i} ${what}: IRQL goes from ${was} to ${op.to}.`);
        return true;
      }
      case 'lower':
        if (level(op.to) > level(cpu.irql)) fail(i, 'lower-above-current', `${at} calls ${what}: KeLowerIrql only lowers, and only back to the IRQL that the matching KeRaiseIrql returned; an IRQL above the current one can never be that value.`, 'error');
        cpu.irql = op.to;
        cpu.next++;
        record(i, `CPU ${i} ${what}: IRQL is now ${op.to}.`);
        return true;
      case 'touch':
        if (op.memory === 'paged' && level(cpu.irql) >= level('DISPATCH_LEVEL')) {
          const check = op.via === 'kernel' ? 'bug check 0xA, IRQL_NOT_LESS_OR_EQUAL' : 'bug check 0xD1, DRIVER_IRQL_NOT_LESS_OR_EQUAL';
          fail(i, 'paged-at-dispatch', `${at} ${what}. If that page is not resident, the page fault cannot be handled at this IRQL and the system stops with ${check}. It may work in testing only because the page happened to be in memory.`, 'bug-check');
        }
        cpu.next++;
        record(i, `CPU ${i} ${what} at ${cpu.irql}: ${op.memory === 'nonpaged' ? 'nonpaged memory is always resident, so this is safe at any IRQL.' : 'paged memory is fine below DISPATCH_LEVEL.'}`);
        return true;
      case 'wait':
        if (level(cpu.irql) > level('DISPATCH_LEVEL')) {
          fail(i, 'routine-above-irql', `${at} calls ${what}, which may be called only at or below DISPATCH_LEVEL, even with a zero timeout.`, 'error');
        }
        if (level(cpu.irql) >= level('DISPATCH_LEVEL') && op.timeout !== 'zero') {
          fail(i, 'wait-at-dispatch', `${at} calls ${what}. At DISPATCH_LEVEL the processor cannot switch to another thread, so a wait that may block is not allowed: only a zero timeout (a poll) is.`, 'error');
        }
        cpu.next++;
        record(i, `CPU ${i} ${what} at ${cpu.irql}.`, level(cpu.irql) >= level('DISPATCH_LEVEL') ? { note: 'A zero timeout only tests the object and returns at once, which is allowed at DISPATCH_LEVEL.' } : {});
        return true;
      case 'acquire-fast-mutex':
      case 'acquire-resource': {
        if (level(cpu.irql) > level('APC_LEVEL')) fail(i, 'routine-above-irql', `${at} calls ${what}, which may be called only at or below APC_LEVEL because it may wait.`, 'error');
        if (cpu.held.some((h) => h.lock === op.lock)) {
          if (op.op === 'acquire-fast-mutex') fail(i, 'recursive-acquire', `${at} calls ${what} while it already owns ${op.lock}. Fast mutexes cannot be acquired recursively: the thread waits for itself.`, 'deadlock');
          // An ERESOURCE's exclusive owner may acquire it again; each acquire needs its own release.
          cpu.held.push({ lock: op.lock, kind: 'resource', oldIrql: cpu.irql });
          cpu.next++;
          record(i, `CPU ${i} ${what}: it already owns ${op.lock} exclusively, and an ERESOURCE may be acquired again by its owner; it must be released once per acquire.`);
          return true;
        }
        const holder = holderOf(op.lock);
        if (holder >= 0) {
          if (cpu.spinningOn !== op.lock) record(i, `CPU ${i} calls ${what}, but CPU ${holder} owns ${op.lock}: the thread waits.`);
          cpu.spinningOn = op.lock;
          return false;
        }
        cpu.spinningOn = null;
        const mutex = op.op === 'acquire-fast-mutex';
        cpu.held.push({ lock: op.lock, kind: mutex ? 'fast-mutex' : 'resource', oldIrql: cpu.irql });
        const was = cpu.irql;
        if (mutex) cpu.irql = 'APC_LEVEL';
        cpu.next++;
        record(i, mutex ? `CPU ${i} ${what}: raises IRQL from ${was} to APC_LEVEL and owns ${op.lock}.` : `CPU ${i} ${what}: owns ${op.lock}; IRQL stays ${was}, with normal kernel APCs disabled.`);
        return true;
      }
      case 'release-fast-mutex':
      case 'release-resource': {
        const index = cpu.held.findIndex((h) => h.lock === op.lock && h.kind === (op.op === 'release-fast-mutex' ? 'fast-mutex' : 'resource'));
        if (index < 0) fail(i, 'not-held', `${at} releases ${op.lock}, which it does not own.`, 'error');
        const held = cpu.held.splice(index, 1)[0] as LabHeld;
        cpu.irql = held.oldIrql;
        cpu.next++;
        record(i, `CPU ${i} ${what}: releases ${op.lock}; IRQL back to ${held.oldIrql}.`);
        return true;
      }
      case 'call': {
        const max = ROUTINE_MAX_IRQL[op.routine];
        if (level(cpu.irql) > level(max)) fail(i, 'routine-above-irql', `${at} calls ${op.routine}, which may be called only at or below ${max}.`, 'error');
        cpu.next++;
        const spinHeld = cpu.held.filter(isSpinLock).map((h) => h.lock);
        record(
          i,
          `CPU ${i} calls ${op.routine} at ${cpu.irql} (${max === 'DIRQL' ? 'allowed at any IRQL' : `allowed up to ${max}`}).`,
          op.routine === 'IoCompleteRequest' && spinHeld.length > 0 ? { note: `The IoCompleteRequest page says never to call it while holding a spin lock (${spinHeld.join(', ')} here): completion routines run inside the call, and it can deadlock.` } : {},
        );
        return true;
      }
    }
  };

  const findCycle = (): LabTrace['cycle'] | undefined => {
    const waiting = cpus.map((c, i) => ({ i, c })).filter(({ c }) => c.spinningOn && c.next < c.program.length);
    if (waiting.length < 2) return undefined;
    for (const start of waiting) {
      const seen: number[] = [];
      let at = start.i;
      while (!seen.includes(at)) {
        seen.push(at);
        const lock = cpus[at]?.spinningOn;
        const holder = lock ? holderOf(lock) : -1;
        if (holder < 0 || !cpus[holder]?.spinningOn) break;
        at = holder;
      }
      if (seen.includes(at) && at === start.i && seen.length > 1) {
        return seen.map((cpu) => ({ cpu, holds: cpus[cpu]?.held.map((h) => h.lock).join(', ') ?? '', waitsFor: cpus[cpu]?.spinningOn ?? '' }));
      }
    }
    return undefined;
  };

  try {
    const schedule = [...(variant.schedule ?? [])];
    let guard = 0;
    while (cpus.some((c) => c.next < c.program.length)) {
      if (guard++ > 500) throw new Error('lab did not finish');
      const scheduled = schedule.shift();
      const order = scheduled !== undefined ? [scheduled] : cpus.map((_, i) => i);
      for (const i of order) {
        if ((cpus[i]?.next ?? 0) < (cpus[i]?.program.length ?? 0)) tryStep(i);
      }
      cycle = findCycle();
      if (cycle) {
        const text = cycle.map((c) => `CPU ${c.cpu} holds ${c.holds} and waits for ${c.waitsFor}`).join('; ');
        record(cycle[0]?.cpu ?? 0, `Deadlock: ${text}. Each waits for a lock the other will never release.`, { error: { code: 'lock-order-deadlock', detail: text } });
        return { steps, outcome: 'deadlock', cycle };
      }
    }
    return { steps, outcome: 'finished' };
  } catch (error) {
    if (error instanceof Fatal) return { steps, outcome: error.outcome };
    throw error;
  }
}
