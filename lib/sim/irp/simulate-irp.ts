import { BugCheck, IrpMachine } from './irp-engine';
import type { IrpScenario, IrpTrace, NtStatus } from './irp-types';

const WAIT_ROUTINE = { propagatePending: false, returns: 'more-processing', completesLater: true, completesInside: false } as const;

/** Runs device `d`'s dispatch routine on stack location `loc`; returns what it returns. */
function dispatch(m: IrpMachine, d: number, loc: number): NtStatus {
  const device = m.scenario.devices[d];
  if (!device) throw new Error(`no device ${d}`);
  const me = `${device.name} dispatch`;
  m.locationOf[d] = loc;
  m.current = loc;
  m.callStack.push(me);
  m.step(me, `${device.name}'s dispatch routine runs with stack location ${loc} as its current location.`);
  const ret = (status: NtStatus, text?: string): NtStatus => {
    m.returned[d] = status;
    m.step(me, text ?? `${device.name}'s dispatch routine returns ${status}.`);
    m.callStack.pop();
    return status;
  };
  const lower = d + 1;
  const forward = (nextLoc: number) => {
    m.callStack.push('IoCallDriver');
    m.step(me, `${device.name} calls IoCallDriver to pass the IRP to ${m.name(lower)}. From here on the IRP is not ${device.name}'s to touch unless a completion routine gives it back.`);
    const status = dispatch(m, lower, nextLoc);
    m.callStack.pop();
    return status;
  };
  const copyAndSet = (signalsEvent: boolean) => {
    m.step(me, `IoCopyCurrentIrpStackLocationToNext copies stack location ${loc} into location ${loc + 1} for ${m.name(lower)}.`);
    const next = m.locations[loc + 1];
    if (!next) throw new Error('no lower stack location');
    Object.assign(next, { routine: signalsEvent ? WAIT_ROUTINE : device.completion, routineOf: d, signalsEvent, pending: false });
    m.step(me, `IoSetCompletionRoutine stores ${device.name}'s completion routine in the next-lower location, ${loc + 1}.`);
  };

  switch (device.dispatch.kind) {
    case 'skip-and-forward':
      m.step(me, `IoSkipCurrentIrpStackLocation: ${m.name(lower)} will reuse stack location ${loc}; ${device.name} gets no callback.`);
      return ret(forward(loc), undefined);
    case 'copy-and-forward': {
      copyAndSet(false);
      return ret(forward(loc + 1));
    }
    case 'skip-then-set-routine': {
      m.step(me, `IoSkipCurrentIrpStackLocation: ${m.name(lower)} will reuse stack location ${loc}.`);
      const here = m.locations[loc];
      if (!here) throw new Error('no stack location');
      const lost = here.routineOf;
      Object.assign(here, { routine: device.completion, routineOf: d, signalsEvent: false });
      m.step(
        me,
        `IoSetCompletionRoutine after a skip writes into stack location ${loc}, the location ${device.name} received${lost !== null ? `, replacing ${m.name(lost)}'s completion routine` : ''}.`,
        { code: 'routine-after-skip', device: d },
      );
      return ret(forward(loc));
    }
    case 'complete':
    case 'complete-then-touch': {
      const { status, information } = device.dispatch;
      m.ioStatus = { status, information };
      m.step(me, `${device.name} sets Irp->IoStatus.Status = ${status} and Information = ${information}.`);
      m.complete(d, loc);
      if (device.dispatch.kind === 'complete-then-touch') {
        m.step(me, `${device.name} reads Irp->IoStatus.Status after IoCompleteRequest to choose its return value.`, { code: 'touched-after-complete', device: d });
      }
      return ret(status);
    }
    case 'pend': {
      const { status, information, markPending } = device.dispatch;
      const here = m.locations[loc];
      if (!here) throw new Error('no stack location');
      if (markPending) {
        here.pending = true;
        m.step(me, `${device.name} calls IoMarkIrpPending, setting the pending flag in stack location ${loc}.`);
      }
      m.queueCompletion({ device: d, location: loc, why: `${device.name}'s DPC sets IoStatus to ${status} and completes the IRP`, ioStatus: { status, information } });
      m.step(me, `${device.name} queues the IRP; its DPC will finish the request later.`);
      return ret('STATUS_PENDING');
    }
    case 'forward-and-wait': {
      m.step(me, `${device.name} initializes a KEVENT on its stack for the completion routine to signal.`);
      copyAndSet(true);
      const status = forward(loc + 1);
      if (status === 'STATUS_PENDING') {
        m.step(me, `IoCallDriver returned STATUS_PENDING, so ${device.name} waits on the event (KeWaitForSingleObject) at PASSIVE_LEVEL.`);
        m.drainQueue();
        m.step(me, `The event is signaled; ${device.name}'s dispatch routine resumes and owns the IRP again.`);
      }
      m.step(me, `${device.name} reads Irp->IoStatus.Status (${m.ioStatus.status}): the IRP is its own again, so this is safe.`);
      const final = m.ioStatus.status ?? 'STATUS_SUCCESS';
      m.complete(d, loc);
      return ret(final);
    }
    case 'forward-then-touch': {
      m.step(me, `IoSkipCurrentIrpStackLocation: ${m.name(lower)} will reuse stack location ${loc}.`);
      const status = forward(loc);
      m.step(me, `${device.name} reads Irp->IoStatus.Status after IoCallDriver, with no completion routine.`, { code: 'touched-after-call', device: d });
      return ret(status);
    }
  }
}

/** Runs a scenario from the I/O manager's first IoCallDriver to the end, returning every step. */
export function simulateIrp(scenario: IrpScenario): IrpTrace {
  const m = new IrpMachine(scenario);
  let outcome: IrpTrace['outcome'] = 'completed';
  try {
    // Plug and Play IRPs come from the PnP manager; the others from the I/O manager on a caller's behalf.
    const sender = scenario.major === 'IRP_MJ_PNP' ? 'PnP manager' : 'I/O manager';
    m.callStack.push(sender);
    m.step(sender, `The ${sender} builds an ${scenario.major} IRP with ${scenario.devices.length} stack locations and calls IoCallDriver on ${m.name(0)}, the top of the stack.`);
    const top = dispatch(m, 0, 0);
    m.step(sender, `IoCallDriver returns ${top} to the ${sender}.${top === 'STATUS_PENDING' ? ' The requester will be told when the IRP completes.' : ''}`);
    m.callStack.pop();
    m.drainQueue();
    for (const [d, status] of m.returned.entries()) {
      const loc = m.locationOf[d] ?? -1;
      // Drivers that skipped share a location with the driver below; only the lowest of them chose to pend.
      const sharedBelow = m.returned.some((s, lower) => lower > d && m.locationOf[lower] === loc && s === 'STATUS_PENDING');
      if (status === 'STATUS_PENDING' && !m.locations[loc]?.pending && !sharedBelow) {
        m.step(m.name(d), `${m.name(d)} returned STATUS_PENDING, but stack location ${loc} was never marked pending with IoMarkIrpPending.`, { code: 'pending-not-marked', device: d });
      }
    }
    if (m.state !== 'done') {
      const holder = m.locations.findIndex((l) => l.routine?.returns === 'more-processing' && !l.routine.completesLater);
      const device = holder >= 0 ? (m.locations[holder]?.routineOf ?? 0) : 0;
      m.step(m.name(device), `The IRP is never completed: a completion routine took it back with STATUS_MORE_PROCESSING_REQUIRED and nothing completes it again.`, { code: 'never-completed', device });
      outcome = 'never-completed';
    }
  } catch (error) {
    if (!(error instanceof BugCheck)) throw error;
    outcome = 'bug-check';
  }
  return { steps: m.steps, mistakes: m.mistakes, outcome };
}
