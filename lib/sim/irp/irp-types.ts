/** What a driver's dispatch routine does with the IRP, as chosen by a scenario or the learner. */
export type DispatchAction =
  /** IoSkipCurrentIrpStackLocation, then return IoCallDriver(lower). */
  | { kind: 'skip-and-forward' }
  /** IoCopyCurrentIrpStackLocationToNext, IoSetCompletionRoutine, then return IoCallDriver(lower). */
  | { kind: 'copy-and-forward' }
  /** Set IoStatus, IoCompleteRequest, return the same status. */
  | { kind: 'complete'; status: NtStatus; information: number }
  /** IoMarkIrpPending (unless markPending is false), queue the IRP, return STATUS_PENDING; a DPC completes it later. */
  | { kind: 'pend'; markPending: boolean; status: NtStatus; information: number }
  /** Forward and wait: event, copy, completion routine that signals it, wait if pending, then complete. */
  | { kind: 'forward-and-wait' }
  /** Mistake: skip, then set a completion routine anyway, then IoCallDriver. */
  | { kind: 'skip-then-set-routine' }
  /** Mistake: IoCallDriver, then read Irp->IoStatus afterwards without a completion routine. */
  | { kind: 'forward-then-touch' }
  /** Mistake: IoCompleteRequest, then `return Irp->IoStatus.Status;`. */
  | { kind: 'complete-then-touch'; status: NtStatus; information: number };

/** What a driver's completion routine does when the IRP comes back up. */
export interface CompletionBehaviour {
  /** `if (Irp->PendingReturned) IoMarkIrpPending(Irp);` */
  propagatePending: boolean;
  /** The value it returns. */
  returns: 'continue' | 'more-processing';
  /** For 'more-processing': whether the driver later calls IoCompleteRequest again (it must, for an IRP it received). */
  completesLater: boolean;
  /** Mistake: calls IoCompleteRequest inside the routine and still returns 'continue'. */
  completesInside: boolean;
}

export type NtStatus = 'STATUS_SUCCESS' | 'STATUS_PENDING' | 'STATUS_INVALID_DEVICE_REQUEST' | 'STATUS_BUFFER_TOO_SMALL' | 'STATUS_CANCELLED' | 'STATUS_MORE_PROCESSING_REQUIRED';

export interface DeviceConfig {
  /** For example "RzFilter (upper filter DO)". */
  name: string;
  role: 'filter' | 'fdo' | 'pdo';
  dispatch: DispatchAction;
  completion: CompletionBehaviour;
}

export interface IrpScenario {
  id: string;
  title: string;
  /** What the learner should watch for. */
  summary: string;
  major: 'IRP_MJ_READ' | 'IRP_MJ_WRITE' | 'IRP_MJ_DEVICE_CONTROL' | 'IRP_MJ_PNP';
  /** Top of the stack first; 2 to 4 devices. */
  devices: DeviceConfig[];
  /** Which devices' actions the learner may change. */
  editable: number[];
}

/** A mistake the simulator detected, with what would happen on a real system. */
export interface IrpMistake {
  code: 'pending-not-marked' | 'touched-after-call' | 'completed-twice' | 'routine-after-skip' | 'never-completed' | 'touched-after-complete';
  device: number;
}

export interface StackLocationView {
  /** The location's index: 0 is the top driver's. */
  index: number;
  /** Devices whose dispatch routines have used this location (more than one after a skip). */
  usedBy: number[];
  /** The completion routine stored here, and which driver set it. */
  completionRoutineOf: number | null;
  /** SL_PENDING_RETURNED, set by IoMarkIrpPending. */
  pendingMarked: boolean;
}

/** Everything shown at one step. */
export interface IrpStep {
  /** What happened, in one sentence; also the text log. */
  text: string;
  /** The routine that acted, e.g. "RzFilterRead" or "IoCompleteRequest". */
  actor: string;
  /** Innermost last. */
  callStack: string[];
  /** Index of the current stack location (== device index), or null once the IRP is completed to the requester. */
  current: number | null;
  locations: StackLocationView[];
  ioStatus: { status: NtStatus | null; information: number };
  pendingReturned: boolean;
  /** What each driver's dispatch routine returned, once it has. */
  returned: (NtStatus | null)[];
  /** The device whose code is running at this step, if any. */
  activeDevice: number | null;
  /** Set when this step commits a mistake. */
  mistake?: IrpMistake;
  /** Which context runs the step. */
  context: 'requesting thread' | 'DPC (arbitrary thread)';
}

export interface IrpTrace {
  steps: IrpStep[];
  mistakes: IrpMistake[];
  /** How the request ended for the requester. */
  outcome: 'completed' | 'never-completed' | 'bug-check';
}
