import type { CompletionBehaviour, IrpMistake, IrpScenario, IrpStep, NtStatus } from './irp-types';

interface Location {
  routine: CompletionBehaviour | null;
  routineOf: number | null;
  /** The forward-and-wait routine: signals an event and always returns STATUS_MORE_PROCESSING_REQUIRED. */
  signalsEvent: boolean;
  pending: boolean;
}

interface QueuedCompletion {
  device: number;
  location: number;
  why: string;
  /** The status a pended driver completes with. */
  ioStatus?: { status: NtStatus; information: number };
}

/** Thrown to stop a run at a bug check. */
export class BugCheck extends Error {}

/**
 * The machine behind the IRP simulator: one IRP moving through a device stack, following the
 * documented behaviour of IoSkipCurrentIrpStackLocation, IoCopyCurrentIrpStackLocationToNext,
 * IoSetCompletionRoutine, IoCallDriver, IoMarkIrpPending and IoCompleteRequest.
 */
export class IrpMachine {
  readonly steps: IrpStep[] = [];
  readonly mistakes: IrpMistake[] = [];
  readonly locations: Location[];
  /** Which stack location each device's dispatch routine got. */
  readonly locationOf: number[];
  readonly returned: (NtStatus | null)[];
  readonly queue: QueuedCompletion[] = [];
  current: number | null = 0;
  ioStatus: { status: NtStatus | null; information: number } = { status: null, information: 0 };
  pendingReturned = false;
  /** active: owned by a dispatch routine; completing: inside IoCompleteRequest; reclaimed: a routine returned MORE_PROCESSING; done. */
  state: 'active' | 'completing' | 'reclaimed' | 'done' = 'active';
  callStack: string[] = [];
  context: IrpStep['context'] = 'requesting thread';

  constructor(readonly scenario: IrpScenario) {
    const n = scenario.devices.length;
    this.locations = Array.from({ length: n }, () => ({ routine: null, routineOf: null, signalsEvent: false, pending: false }));
    this.locationOf = Array.from({ length: n }, () => -1);
    this.returned = Array.from({ length: n }, () => null);
  }

  /** The device whose routine is innermost on the call stack. */
  private activeDevice(): number | null {
    for (let i = this.callStack.length - 1; i >= 0; i--) {
      const frame = this.callStack[i] ?? '';
      const device = this.scenario.devices.findIndex((d) => frame.startsWith(d.name));
      if (device >= 0) return device;
    }
    return null;
  }

  name(device: number): string {
    return this.scenario.devices[device]?.name ?? `device ${device}`;
  }

  /** Records one step with a snapshot of everything the simulator shows. */
  step(actor: string, text: string, mistake?: IrpMistake): void {
    if (mistake) this.mistakes.push(mistake);
    this.steps.push({
      text,
      actor,
      callStack: [...this.callStack],
      current: this.current,
      locations: this.locations.map((l, index) => ({
        index,
        usedBy: this.locationOf.flatMap((loc, device) => (loc === index ? [device] : [])),
        completionRoutineOf: l.routineOf,
        pendingMarked: l.pending,
      })),
      ioStatus: { ...this.ioStatus },
      pendingReturned: this.pendingReturned,
      returned: [...this.returned],
      activeDevice: this.activeDevice(),
      context: this.context,
      ...(mistake ? { mistake } : {}),
    });
  }

  /** IoCompleteRequest from `location` upward, calling each completion routine in turn. */
  complete(device: number, location: number): void {
    const caller = this.name(device);
    if (this.state === 'done' || this.state === 'completing') {
      this.step(caller, `${caller} calls IoCompleteRequest on an IRP that has already been completed.`, { code: 'completed-twice', device });
      throw new BugCheck('MULTIPLE_IRP_COMPLETE_REQUESTS');
    }
    this.state = 'completing';
    this.callStack.push('IoCompleteRequest');
    this.step(caller, `${caller} calls IoCompleteRequest. Completion now runs back up the stack from stack location ${location}.`);
    for (let loc = location; loc >= 0; loc--) {
      const here = this.locations[loc] as Location;
      this.pendingReturned = here.pending;
      this.current = loc > 0 ? loc - 1 : null;
      if (!here.routine || here.routineOf === null) continue;
      if (this.runRoutine(here, loc) === 'stop') {
        this.callStack.pop();
        return;
      }
    }
    this.current = null;
    this.state = 'done';
    this.step('I/O manager', `No more completion routines: IoCompleteRequest hands the IRP back to the I/O manager with ${this.ioStatus.status}. The I/O manager finishes the request in the requesting thread's context (copying any buffered data back and reporting the status); no driver may touch the IRP from here on.`);
    this.callStack.pop();
  }

  private runRoutine(here: Location, loc: number): 'continue' | 'stop' {
    const owner = here.routineOf as number;
    const routine = here.routine as CompletionBehaviour;
    const who = `${this.name(owner)} completion routine`;
    this.callStack.push(who);
    this.step(who, `The I/O manager calls ${who} (it was stored in stack location ${loc}). Irp->PendingReturned is ${this.pendingReturned ? 'TRUE' : 'FALSE'}.`);
    if (routine.propagatePending && this.pendingReturned) {
      const ownLocation = this.locationOf[owner] as number;
      (this.locations[ownLocation] as Location).pending = true;
      this.step(who, `PendingReturned is TRUE, so the routine calls IoMarkIrpPending, marking stack location ${ownLocation} pending too.`);
    }
    if (here.signalsEvent) {
      this.state = 'reclaimed';
      this.step(who, `The routine signals the event and returns STATUS_MORE_PROCESSING_REQUIRED: completion stops, and the IRP belongs to ${this.name(owner)} again.`);
      this.callStack.pop();
      return 'stop';
    }
    if (routine.completesInside && routine.returns === 'continue') {
      this.callStack.push('IoCompleteRequest');
      this.step(who, `${who} calls IoCompleteRequest itself and will still return STATUS_CONTINUE_COMPLETION, so the completion already under way would carry on over an IRP that this call has completed.`, { code: 'completed-twice', device: owner });
      throw new BugCheck('MULTIPLE_IRP_COMPLETE_REQUESTS');
    }
    if (routine.completesInside) {
      // The documented variant: complete from inside the routine, then return STATUS_MORE_PROCESSING_REQUIRED
      // so that the outer IoCompleteRequest stops and never touches the IRP again.
      this.state = 'reclaimed';
      const ownLocation = this.locationOf[owner] as number;
      this.step(who, `The routine calls IoCompleteRequest itself; completion continues from ${this.name(owner)}'s own stack location, ${ownLocation}.`);
      this.complete(owner, ownLocation);
      this.step(who, `The routine returns STATUS_MORE_PROCESSING_REQUIRED, so the IoCompleteRequest that called it stops and does not touch the IRP again.`);
      this.callStack.pop();
      return 'stop';
    }
    if (routine.returns === 'more-processing') {
      this.state = 'reclaimed';
      this.step(who, `The routine returns STATUS_MORE_PROCESSING_REQUIRED: completion stops here, and the IRP belongs to ${this.name(owner)} again.`);
      this.callStack.pop();
      if (routine.completesLater) this.queueCompletion({ device: owner, location: this.locationOf[owner] as number, why: `${this.name(owner)} finishes its work and completes the IRP again` });
      return 'stop';
    }
    this.step(who, `The routine returns STATUS_CONTINUE_COMPLETION, so completion moves on up the stack.`);
    this.callStack.pop();
    return 'continue';
  }

  queueCompletion(completion: QueuedCompletion): void {
    this.queue.push(completion);
  }

  /** Runs queued completions (DPCs, deferred work) until none are left. */
  drainQueue(): void {
    const saved = this.context;
    while (this.queue.length > 0) {
      const next = this.queue.shift() as QueuedCompletion;
      this.context = 'DPC (arbitrary thread)';
      const outer = this.callStack;
      this.callStack = [`${this.name(next.device)} (later, in a DPC)`];
      if (next.ioStatus && this.state === 'active') this.ioStatus = { ...next.ioStatus };
      this.step(this.name(next.device), `Later, in an arbitrary thread context: ${next.why}.`);
      this.complete(next.device, next.location);
      this.callStack = outer;
    }
    this.context = saved;
  }
}
