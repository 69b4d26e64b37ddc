import type { LabScenario } from './lab-types';

/** The scenarios lessons can embed with <LockLab scenario="..." />. */
export const LAB_SCENARIOS: LabScenario[] = [
  {
    id: 'spin-lock-irql',
    title: 'What a spin lock does to IRQL',
    summary: 'One processor takes a spin lock from PASSIVE_LEVEL, works on nonpaged data, calls a routine, and releases. Then try a variant that touches paged memory under the lock.',
    variants: [
      {
        id: 'nonpaged',
        label: 'Update nonpaged data under the lock',
        cpus: [{ name: 'CPU 0: read dispatch routine', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'StatsLock' }, { op: 'touch', memory: 'nonpaged' }, { op: 'release-spin', lock: 'StatsLock' }, { op: 'call', routine: 'IoCompleteRequest' }] }],
      },
      {
        id: 'paged',
        label: 'Touch paged memory under the lock',
        cpus: [{ name: 'CPU 0: read dispatch routine', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'StatsLock' }, { op: 'touch', memory: 'paged' }, { op: 'release-spin', lock: 'StatsLock' }] }],
      },
      {
        id: 'paged-via-kernel',
        label: 'Pass a paged buffer to a kernel routine under the lock',
        cpus: [{ name: 'CPU 0: read dispatch routine', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'StatsLock' }, { op: 'touch', memory: 'paged', via: 'kernel' }, { op: 'release-spin', lock: 'StatsLock' }] }],
      },
    ],
  },
  {
    id: 'dpc-safe',
    title: 'Make this DPC safe',
    summary: 'A DPC runs at DISPATCH_LEVEL. Which of these versions may it run?',
    variants: [
      {
        id: 'waits',
        label: 'Waits for an event with a 10 ms timeout',
        cpus: [{ name: 'CPU 0: DPC', start: 'DISPATCH_LEVEL', program: [{ op: 'wait', timeout: 'finite' }] }],
      },
      {
        id: 'polls',
        label: 'Polls the event with a zero timeout',
        cpus: [{ name: 'CPU 0: DPC', start: 'DISPATCH_LEVEL', program: [{ op: 'wait', timeout: 'zero' }, { op: 'call', routine: 'KeSetEvent (Wait = FALSE)' }] }],
      },
      {
        id: 'fast-mutex',
        label: 'Takes a fast mutex',
        cpus: [{ name: 'CPU 0: DPC', start: 'DISPATCH_LEVEL', program: [{ op: 'acquire-fast-mutex', lock: 'ConfigMutex' }, { op: 'release-fast-mutex', lock: 'ConfigMutex' }] }],
      },
      {
        id: 'spin-at-dpc',
        label: 'Takes a spin lock with KeAcquireSpinLockAtDpcLevel',
        cpus: [{ name: 'CPU 0: DPC', start: 'DISPATCH_LEVEL', program: [{ op: 'acquire-spin-at-dpc', lock: 'QueueLock' }, { op: 'touch', memory: 'nonpaged' }, { op: 'release-spin-from-dpc', lock: 'QueueLock' }, { op: 'call', routine: 'ExAllocatePool2 (nonpaged)' }] }],
      },
    ],
  },
  {
    id: 'lock-order',
    title: 'Find the order that deadlocks',
    summary: 'Two processors each need locks A and B. Step through both orders and see which one can deadlock.',
    variants: [
      {
        id: 'opposite',
        label: 'CPU 1 takes B, then A',
        schedule: [0, 1, 0, 1],
        cpus: [
          { name: 'CPU 0', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'A' }, { op: 'acquire-spin', lock: 'B' }, { op: 'release-spin', lock: 'B' }, { op: 'release-spin', lock: 'A' }] },
          { name: 'CPU 1', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'B' }, { op: 'acquire-spin', lock: 'A' }, { op: 'release-spin', lock: 'A' }, { op: 'release-spin', lock: 'B' }] },
        ],
      },
      {
        id: 'same',
        label: 'CPU 1 takes A, then B (the same order)',
        schedule: [0, 1, 0, 1],
        cpus: [
          { name: 'CPU 0', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'A' }, { op: 'acquire-spin', lock: 'B' }, { op: 'release-spin', lock: 'B' }, { op: 'release-spin', lock: 'A' }] },
          { name: 'CPU 1', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'A' }, { op: 'acquire-spin', lock: 'B' }, { op: 'release-spin', lock: 'B' }, { op: 'release-spin', lock: 'A' }] },
        ],
      },
    ],
  },
  {
    id: 'release-rules',
    title: 'Releasing spin locks correctly',
    summary: 'Release nested spin locks in the reverse order you took them, each with the old IRQL its own acquire saved; otherwise IRQL drops while a lock is still held.',
    variants: [
      {
        id: 'nested-correct',
        label: 'Release B, then A, each with its own saved IRQL',
        cpus: [{ name: 'CPU 0', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'A' }, { op: 'acquire-spin', lock: 'B' }, { op: 'release-spin', lock: 'B' }, { op: 'release-spin', lock: 'A' }] }],
      },
      {
        id: 'out-of-order',
        label: 'Release A first',
        cpus: [{ name: 'CPU 0', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'A' }, { op: 'acquire-spin', lock: 'B' }, { op: 'release-spin', lock: 'A' }, { op: 'release-spin', lock: 'B' }] }],
      },
      {
        id: 'wrong-irql',
        label: 'Release A with PASSIVE_LEVEL hard-coded, after raising to APC_LEVEL first',
        cpus: [{ name: 'CPU 0', start: 'PASSIVE_LEVEL', program: [{ op: 'raise', to: 'APC_LEVEL' }, { op: 'acquire-spin', lock: 'A' }, { op: 'release-spin', lock: 'A', restore: 'PASSIVE_LEVEL' }] }],
      },
      {
        id: 'recursive',
        label: 'Acquire A again while holding it',
        cpus: [{ name: 'CPU 0', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'A' }, { op: 'acquire-spin', lock: 'A' }] }],
      },
    ],
  },
  {
    id: 'which-lock',
    title: 'Which lock fits here?',
    summary: 'A worker thread at PASSIVE_LEVEL must call ZwCreateFile, which needs PASSIVE_LEVEL, while it holds a lock. Try a spin lock, a fast mutex and an ERESOURCE.',
    variants: [
      {
        id: 'spin',
        label: 'Hold a spin lock across ZwCreateFile',
        cpus: [{ name: 'CPU 0: worker thread', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-spin', lock: 'LogLock' }, { op: 'call', routine: 'ZwCreateFile' }, { op: 'release-spin', lock: 'LogLock' }] }],
      },
      {
        id: 'fast-mutex',
        label: 'Hold a fast mutex across ZwCreateFile',
        cpus: [{ name: 'CPU 0: worker thread', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-fast-mutex', lock: 'LogMutex' }, { op: 'call', routine: 'ZwCreateFile' }, { op: 'release-fast-mutex', lock: 'LogMutex' }] }],
      },
      {
        id: 'resource',
        label: 'Hold an ERESOURCE, inside a critical region, across ZwCreateFile',
        cpus: [{ name: 'CPU 0: worker thread', start: 'PASSIVE_LEVEL', program: [{ op: 'acquire-resource', lock: 'LogResource' }, { op: 'call', routine: 'ZwCreateFile' }, { op: 'release-resource', lock: 'LogResource' }] }],
      },
    ],
  },
];

export function labScenario(id: string): LabScenario | undefined {
  return LAB_SCENARIOS.find((s) => s.id === id);
}
