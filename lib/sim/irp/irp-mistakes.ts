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

/** Each mistake the IRP simulator names, with its consequence and the pages that state the rule. */
export const IRP_MISTAKES: Record<IrpMistake['code'], MistakeInfo> = {
  'pending-not-marked': {
    title: 'STATUS_PENDING returned without IoMarkIrpPending',
    explanation:
      'A dispatch routine that returns STATUS_PENDING must have marked its stack location with IoMarkIrpPending; when it forwarded the IRP with a completion routine and returns the lower driver’s status, that routine must call IoMarkIrpPending whenever Irp->PendingReturned is TRUE. The I/O manager relies on the flag: for a driver that keeps an IRP without marking it, the IoMarkIrpPending page says the I/O manager tries to complete the IRP as soon as the dispatch routine returns, while the driver still holds it. Static Driver Verifier’s MarkIrpPending rules check for this.',
    references: [IO_MARK_PENDING, CHEAT_SHEET],
  },
  'touched-after-call': {
    title: 'IRP touched after IoCallDriver',
    explanation:
      'Once IoCallDriver has passed the IRP down, the caller may not touch it unless it set a completion routine and that routine gave the IRP back. A lower driver may already have completed it, and the I/O manager may have freed it, before IoCallDriver returns. Return the status IoCallDriver returned instead of reading Irp->IoStatus.',
    references: [IO_CALL_DRIVER, CHEAT_SHEET],
  },
  'touched-after-complete': {
    title: 'IRP touched after IoCompleteRequest',
    explanation:
      'After IoCompleteRequest the IRP belongs to the I/O manager, which may already have released it. Reading Irp->IoStatus.Status to decide the return value is a use-after-free waiting to happen: keep the status in a local variable, set IoStatus from it, complete, and return the local.',
    references: [IO_COMPLETE],
  },
  'completed-twice': {
    title: 'IRP completed twice',
    explanation:
      'Only one routine may complete an IRP. Calling IoCompleteRequest on an IRP that is already being completed or has been completed (for example from a completion routine that then also returns STATUS_CONTINUE_COMPLETION) is the error that bug check 0x44, MULTIPLE_IRP_COMPLETE_REQUESTS, reports when the system detects it.',
    references: [BUG_CHECK_44, COMPLETION_ROUTINE],
  },
  'routine-after-skip': {
    title: 'Completion routine set after skipping the stack location',
    explanation:
      'IoSkipCurrentIrpStackLocation makes the lower driver reuse this driver’s stack location, so a following IoSetCompletionRoutine writes into that shared location and can overwrite a completion routine another driver stored there. A driver that wants a completion routine must use IoCopyCurrentIrpStackLocationToNext instead of skipping.',
    references: [IO_SKIP, CHEAT_SHEET],
  },
  'never-completed': {
    title: 'STATUS_MORE_PROCESSING_REQUIRED and the IRP is never completed',
    explanation:
      'A completion routine that returns STATUS_MORE_PROCESSING_REQUIRED stops completion and takes the IRP back. For an IRP it received from above, the driver must later call IoCompleteRequest itself; if it never does, the request never finishes and whoever waits for it waits forever.',
    references: [COMPLETION_ROUTINE, CHEAT_SHEET],
  },
};
