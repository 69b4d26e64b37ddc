#include <ntddk.h>
#define RZ_REC_TAG 'cRzR'   /* "RzRc" in pool dumps: one logged record */
#define RZ_RPT_TAG 'pRzR'   /* "RzRp" in pool dumps: a report for the caller */

typedef struct _RZ_RECORD { LIST_ENTRY Link; ULONG Sequence; NTSTATUS Status; } RZ_RECORD, *PRZ_RECORD;
typedef struct _RZ_REPORT { ULONG Sequence; NTSTATUS Status; UCHAR Reserved[24]; } RZ_REPORT, *PRZ_REPORT;
typedef struct _RZ_EXTENSION { KSPIN_LOCK Lock; LIST_ENTRY Records; ULONG NextSequence; } RZ_EXTENSION, *PRZ_EXTENSION;

KDEFERRED_ROUTINE RzRecordDpc;

VOID RzRecordDpc(PKDPC Dpc, PVOID Context, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PRZ_EXTENSION ext = (PRZ_EXTENSION)Context;
    PRZ_RECORD rec;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument2);
    rec = ExAllocatePool2(POOL_FLAG_PAGED, sizeof(RZ_RECORD), RZ_REC_TAG);
    if (rec == NULL) return;
    rec->Status = (NTSTATUS)(ULONG_PTR)SystemArgument1;
    KeAcquireSpinLockAtDpcLevel(&ext->Lock);
    rec->Sequence = ext->NextSequence++;
    InsertTailList(&ext->Records, &rec->Link);
    KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

/* IOCTL handler at PASSIVE_LEVEL (buffered I/O): hands the oldest record to the caller. */
NTSTATUS RzPopRecord(PRZ_EXTENSION Ext, PIRP Irp, ULONG OutputLength)
{
    PLIST_ENTRY entry = NULL;
    PRZ_RECORD rec;
    PRZ_REPORT report;
    KIRQL irql;

    if (OutputLength < sizeof(RZ_REPORT)) return STATUS_BUFFER_TOO_SMALL;
    report = ExAllocatePool2(POOL_FLAG_PAGED | POOL_FLAG_UNINITIALIZED, sizeof(RZ_REPORT), RZ_RPT_TAG);
    if (report == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    KeAcquireSpinLock(&Ext->Lock, &irql);
    if (!IsListEmpty(&Ext->Records))
        entry = RemoveHeadList(&Ext->Records);
    KeReleaseSpinLock(&Ext->Lock, irql);
    if (entry == NULL) return STATUS_NO_MORE_ENTRIES;
    rec = CONTAINING_RECORD(entry, RZ_RECORD, Link);
    report->Sequence = rec->Sequence;
    report->Status = rec->Status;
    RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, report, sizeof(RZ_REPORT));
    Irp->IoStatus.Information = sizeof(RZ_REPORT);
    ExFreePoolWithTag(rec, RZ_REC_TAG);
    ExFreePoolWithTag(report, 'RzRp');
    return STATUS_SUCCESS;
}
