import type { IrpMistake } from './irp-types';

export interface MistakeInfo {
  title: string;
  /** What would happen on a real system, following Microsoft's documentation. */
  explanation: string;
  references: { title: string; url: string }[];
}

const IO_MARK_PENDING = { title: 'IoMarkIrpPending function (wdm.h)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-iomarkirppending' };
const IO_CALL_DRIVER = { title: 'IofCallDriver function (wdm.h)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-iofcalldriver' };
const IO_COMPLETE = { title: 'IoCompleteRequest macro (wdm.h)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-iocompleterequest' };
const IO_SKIP = { title: 'IoSkipCurrentIrpStackLocation function (wdm.h)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-ioskipcurrentirpstacklocation' };
const COMPLETION_ROUTINE = { title: 'IO_COMPLETION_ROUTINE callback function (wdm.h)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nc-wdm-io_completion_routine' };
const CHEAT_SHEET = { title: 'Different ways of handling IRPs - Cheat sheet', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/different-ways-of-handling-irps-cheat-sheet' };
const BUG_CHECK_44 = { title: 'Bug Check 0x44: MULTIPLE_IRP_COMPLETE_REQUESTS', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/debugger/bug-check-0x44--multiple-irp-complete-requests' };
const SDV_MARK_PENDING_2 = { title: 'MarkIrpPending2 rule (wdm)', url: 'https://learn.microsoft.com/en-us/windows-hardware/drivers/devtest/wdm-markirppending2' };

/** Each mistake the IRP simulator names, with its consequence and the pages that state the rule. */
export const IRP_MISTAKES: Record<IrpMistake['code'], MistakeInfo> = {
  'pending-not-marked': {
    title: 'STATUS_PENDING returned without IoMarkIrpPending',
    explanation:
      'A dispatch routine that returns STATUS_PENDING must have marked its stack location with IoMarkIrpPending; when it forwarded the IRP with a completion routine and returns the lower driver’s status, that routine must call IoMarkIrpPending whenever Irp->PendingReturned is TRUE. The I/O manager relies on the flag: for a driver that keeps an IRP without marking it, the IoMarkIrpPending page says the I/O manager tries to complete the IRP as soon as the dispatch routine returns, while the driver still holds it. Static Driver Verifier’s MarkIrpPending2 rule checks the dispatch-routine half: a routine that returns STATUS_PENDING must have called IoMarkIrpPending or passed the IRP down.',
    references: [IO_MARK_PENDING, CHEAT_SHEET, SDV_MARK_PENDING_2],
  },
  'touched-after-call': {
    title: 'IRP touched after IoCallDriver',
    explanation:
      'An IRP passed to IoCallDriver becomes inaccessible to the caller. If the caller set a completion routine, that routine sees the IRP again on its way back up; the dispatch routine itself may touch it only after the routine has stopped completion with STATUS_MORE_PROCESSING_REQUIRED and handed it back, as in a forward-and-wait. A lower driver may already have completed the IRP, and the I/O manager freed it, before IoCallDriver returns. Return the status IoCallDriver returned instead of reading Irp->IoStatus.',
    references: [IO_CALL_DRIVER, CHEAT_SHEET],
  },
  'touched-after-complete': {
    title: 'IRP touched after IoCompleteRequest',
    explanation:
      'After IoCompleteRequest the IRP belongs to the I/O manager, which may already have released it. Reading Irp->IoStatus.Status to decide the return value is a use-after-free waiting to happen: keep the status in a local variable, set IoStatus from it, complete, and return the local, so the return value matches IoStatus.Status as the cheat sheet requires.',
    references: [IO_COMPLETE, CHEAT_SHEET],
  },
  'completed-twice': {
    title: 'IRP completed twice',
    explanation:
      'Once a driver has called IoCompleteRequest, no driver may complete the IRP again unless a completion routine stopped completion with STATUS_MORE_PROCESSING_REQUIRED and so took the IRP back. A completion routine may itself call IoCompleteRequest only if it then returns STATUS_MORE_PROCESSING_REQUIRED; if it returns STATUS_CONTINUE_COMPLETION, the completion that called it carries on over an IRP that has already been completed. Bug check 0x44, MULTIPLE_IRP_COMPLETE_REQUESTS, is what the system reports when it catches IoCompleteRequest on an IRP that is already complete; its page notes the usual cause is two drivers that each believe they own the IRP. When it is not caught there, the freed IRP can corrupt memory and crash the system somewhere else later.',
    references: [BUG_CHECK_44, COMPLETION_ROUTINE, CHEAT_SHEET],
  },
  'routine-after-skip': {
    title: 'Completion routine set after skipping the stack location',
    explanation:
      'IoSkipCurrentIrpStackLocation makes the lower driver reuse this driver’s stack location, so a following IoSetCompletionRoutine writes into that shared location. That location holds the completion routine, if any, that the driver above stored when it copied its own location down, and the new routine overwrites it: the driver above is never called back. A driver that wants a completion routine must use IoCopyCurrentIrpStackLocationToNext instead of skipping.',
    references: [IO_SKIP, CHEAT_SHEET],
  },
  'never-completed': {
    title: 'STATUS_MORE_PROCESSING_REQUIRED and the IRP is never completed',
    explanation:
      'A completion routine that returns STATUS_MORE_PROCESSING_REQUIRED stops completion and takes the IRP back. For an IRP it received from above, the driver must later call IoCompleteRequest itself; if it never does, the request never finishes and whoever waits for it waits forever.',
    references: [COMPLETION_ROUTINE, CHEAT_SHEET],
  },
};
