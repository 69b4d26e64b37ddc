import { z } from 'zod/mini';
import type { CompletionBehaviour, IrpScenario } from './irp-types';

const status = z.enum(['STATUS_SUCCESS', 'STATUS_PENDING', 'STATUS_INVALID_DEVICE_REQUEST', 'STATUS_BUFFER_TOO_SMALL', 'STATUS_CANCELLED', 'STATUS_MORE_PROCESSING_REQUIRED']);
const done = { status, information: z.int().check(z.minimum(0)) };

export const dispatchActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('skip-and-forward') }),
  z.strictObject({ kind: z.literal('copy-and-forward') }),
  z.strictObject({ kind: z.literal('complete'), ...done }),
  z.strictObject({ kind: z.literal('pend'), markPending: z.boolean(), ...done }),
  z.strictObject({ kind: z.literal('forward-and-wait') }),
  z.strictObject({ kind: z.literal('skip-then-set-routine') }),
  z.strictObject({ kind: z.literal('forward-then-touch') }),
  z.strictObject({ kind: z.literal('complete-then-touch'), ...done }),
]);

const FORWARDS = new Set(['skip-and-forward', 'copy-and-forward', 'forward-and-wait', 'skip-then-set-routine', 'forward-then-touch']);

export const irpScenarioSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    title: z.string().check(z.minLength(1)),
    summary: z.string().check(z.minLength(1)),
    major: z.enum(['IRP_MJ_READ', 'IRP_MJ_WRITE', 'IRP_MJ_DEVICE_CONTROL', 'IRP_MJ_PNP']),
    devices: z
      .array(
        z.strictObject({
          name: z.string().check(z.minLength(1)),
          role: z.enum(['filter', 'fdo', 'pdo']),
          dispatch: dispatchActionSchema,
          completion: z.strictObject({ propagatePending: z.boolean(), returns: z.enum(['continue', 'more-processing']), completesLater: z.boolean(), completesInside: z.boolean() }),
        }),
      )
      .check(z.minLength(2), z.maxLength(4)),
    editable: z.array(z.int()),
  })
  .check(
    z.refine((s) => !FORWARDS.has(s.devices[s.devices.length - 1]?.dispatch.kind ?? ''), { message: 'the bottom device has no driver below it to forward to' }),
    z.refine((s) => s.editable.every((i) => i >= 0 && i < s.devices.length), { message: 'editable names a device that does not exist' }),
  );

/** A well-behaved completion routine: propagates pending, lets completion continue. */
const PROPAGATES: CompletionBehaviour = { propagatePending: true, returns: 'continue', completesLater: false, completesInside: false };

/** The scenarios lessons can embed with <IrpFlow scenario="..." />. */
export const IRP_SCENARIOS: IrpScenario[] = [
  {
    id: 'read-passed-down',
    title: 'A read passed straight down a three-driver stack',
    summary: 'The filter and the function driver skip their stack locations; the bus driver completes the read. Watch which stack location is current at each step.',
    major: 'IRP_MJ_READ',
    devices: [
      { name: 'RzFilter (upper filter)', role: 'filter', dispatch: { kind: 'skip-and-forward' }, completion: PROPAGATES },
      { name: 'RzSensor (FDO)', role: 'fdo', dispatch: { kind: 'skip-and-forward' }, completion: PROPAGATES },
      { name: 'Bus driver (PDO)', role: 'pdo', dispatch: { kind: 'complete', status: 'STATUS_SUCCESS', information: 512 }, completion: PROPAGATES },
    ],
    editable: [0, 1],
  },
  {
    id: 'filter-counts-completions',
    title: 'A filter that counts completions, over a driver that pends',
    summary: 'The filter copies its stack location and sets a completion routine; the function driver pends the read and completes it from a DPC. Watch PendingReturned reach the filter’s routine.',
    major: 'IRP_MJ_READ',
    devices: [
      { name: 'RzFilter (upper filter)', role: 'filter', dispatch: { kind: 'copy-and-forward' }, completion: PROPAGATES },
      { name: 'RzSensor (FDO)', role: 'fdo', dispatch: { kind: 'pend', markPending: true, status: 'STATUS_SUCCESS', information: 64 }, completion: PROPAGATES },
      { name: 'Bus driver (PDO)', role: 'pdo', dispatch: { kind: 'complete', status: 'STATUS_SUCCESS', information: 0 }, completion: PROPAGATES },
    ],
    editable: [0, 1],
  },
  {
    id: 'pend-then-complete-from-dpc',
    title: 'A driver that pends a read and completes it from a DPC',
    summary: 'The function driver marks the IRP pending, queues it and returns STATUS_PENDING; later its DPC completes it in an arbitrary thread.',
    major: 'IRP_MJ_READ',
    devices: [
      { name: 'RzSensor (FDO)', role: 'fdo', dispatch: { kind: 'pend', markPending: true, status: 'STATUS_SUCCESS', information: 16 }, completion: PROPAGATES },
      { name: 'Bus driver (PDO)', role: 'pdo', dispatch: { kind: 'complete', status: 'STATUS_SUCCESS', information: 0 }, completion: PROPAGATES },
    ],
    editable: [0],
  },
  {
    id: 'forward-and-wait',
    title: 'A synchronous forward that waits on an event (start device)',
    summary: 'The function driver passes IRP_MN_START_DEVICE down and waits; its completion routine signals the event and returns STATUS_MORE_PROCESSING_REQUIRED, then the driver finishes and completes the IRP.',
    major: 'IRP_MJ_PNP',
    devices: [
      { name: 'RzSensor (FDO)', role: 'fdo', dispatch: { kind: 'forward-and-wait' }, completion: PROPAGATES },
      { name: 'Bus driver (PDO)', role: 'pdo', dispatch: { kind: 'pend', markPending: true, status: 'STATUS_SUCCESS', information: 0 }, completion: PROPAGATES },
    ],
    editable: [0],
  },
  {
    id: 'broken-filter',
    title: 'Fix this filter',
    summary: 'This filter skips its stack location and then sets a completion routine anyway, and the function driver below forgets to mark a pended IRP. Find both mistakes, then change the actions until the run is clean.',
    major: 'IRP_MJ_READ',
    devices: [
      { name: 'RzFilter (upper filter)', role: 'filter', dispatch: { kind: 'skip-then-set-routine' }, completion: PROPAGATES },
      { name: 'RzSensor (FDO)', role: 'fdo', dispatch: { kind: 'pend', markPending: false, status: 'STATUS_SUCCESS', information: 64 }, completion: PROPAGATES },
      { name: 'Bus driver (PDO)', role: 'pdo', dispatch: { kind: 'complete', status: 'STATUS_SUCCESS', information: 0 }, completion: PROPAGATES },
    ],
    editable: [0, 1],
  },
  {
    id: 'lost-pending-flag',
    title: 'A completion routine that forgets PendingReturned',
    summary: 'The filter’s completion routine does not call IoMarkIrpPending when PendingReturned is TRUE, yet its dispatch routine returns the lower driver’s STATUS_PENDING.',
    major: 'IRP_MJ_READ',
    devices: [
      { name: 'RzFilter (upper filter)', role: 'filter', dispatch: { kind: 'copy-and-forward' }, completion: { propagatePending: false, returns: 'continue', completesLater: false, completesInside: false } },
      { name: 'RzSensor (FDO)', role: 'fdo', dispatch: { kind: 'pend', markPending: true, status: 'STATUS_SUCCESS', information: 8 }, completion: PROPAGATES },
    ],
    editable: [0],
  },
];

for (const scenario of IRP_SCENARIOS) irpScenarioSchema.parse(scenario);

export function irpScenario(id: string): IrpScenario | undefined {
  return IRP_SCENARIOS.find((s) => s.id === id);
}
