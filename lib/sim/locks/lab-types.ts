export const IRQLS = ['PASSIVE_LEVEL', 'APC_LEVEL', 'DISPATCH_LEVEL', 'DIRQL'] as const;
export type IrqlName = (typeof IRQLS)[number];

/** Routines the lab can call, each with the highest IRQL its documentation allows. */
export type RoutineName = 'IoCompleteRequest' | 'IoCallDriver' | 'KeSetEvent (Wait = FALSE)' | 'ExAllocatePool2 (paged)' | 'ExAllocatePool2 (nonpaged)' | 'ZwCreateFile' | 'KeInsertQueueDpc';

export type LabOp =
  | { op: 'acquire-spin'; lock: string; queued?: boolean }
  | { op: 'acquire-spin-at-dpc'; lock: string }
  /** `restore` is what the caller passes back as the old IRQL; by default the value saved at acquisition. */
  | { op: 'release-spin'; lock: string; restore?: IrqlName }
  | { op: 'release-spin-from-dpc'; lock: string }
  | { op: 'raise'; to: IrqlName }
  | { op: 'lower'; to: IrqlName }
  /** `via: 'kernel'` passes the pointer to a kernel routine that touches it, rather than the driver touching it. */
  | { op: 'touch'; memory: 'paged' | 'nonpaged'; via?: 'driver' | 'kernel' }
  | { op: 'wait'; timeout: 'zero' | 'finite' | 'infinite' }
  | { op: 'acquire-fast-mutex'; lock: string }
  | { op: 'release-fast-mutex'; lock: string }
  /** KeEnterCriticalRegion + ExAcquireResourceExclusiveLite: a waitable lock that leaves IRQL alone. */
  | { op: 'acquire-resource'; lock: string }
  /** ExReleaseResourceLite + KeLeaveCriticalRegion. */
  | { op: 'release-resource'; lock: string }
  | { op: 'call'; routine: RoutineName };

export interface CpuProgram {
  /** For example "CPU 0: read dispatch routine". */
  name: string;
  start: IrqlName;
  program: LabOp[];
}

export interface LabVariant {
  id: string;
  label: string;
  cpus: CpuProgram[];
  /** The order in which processors take turns; each entry lets that CPU try its next operation. */
  schedule?: number[];
}

export interface LabScenario {
  id: string;
  title: string;
  summary: string;
  /** The first variant is shown first; the learner may switch between them. */
  variants: LabVariant[];
}

export type LabErrorCode =
  | 'paged-at-dispatch'
  | 'wait-at-dispatch'
  | 'recursive-acquire'
  | 'lock-order-deadlock'
  | 'wrong-old-irql'
  | 'released-out-of-order'
  | 'routine-above-irql'
  | 'raise-below-current'
  | 'lower-above-current'
  | 'at-dpc-below-dispatch'
  | 'not-held';

export interface LabHeld {
  lock: string;
  kind: 'spin' | 'queued' | 'fast-mutex' | 'resource';
  /** The IRQL to restore on release. */
  oldIrql: IrqlName;
}

export interface LabCpuView {
  irql: IrqlName;
  held: LabHeld[];
  /** The lock this CPU is spinning on, if any. */
  spinningOn: string | null;
  done: boolean;
}

export interface LabStep {
  cpu: number;
  text: string;
  cpus: LabCpuView[];
  error?: { code: LabErrorCode; detail: string };
  /** A remark that is not an error (a zero-timeout wait at DISPATCH_LEVEL is legal, for example). */
  note?: string;
}

export interface LabTrace {
  steps: LabStep[];
  outcome: 'finished' | 'bug-check' | 'deadlock' | 'error';
  /** For a deadlock: who holds what and waits for what, as a cycle. */
  cycle?: { cpu: number; holds: string; waitsFor: string }[];
}
