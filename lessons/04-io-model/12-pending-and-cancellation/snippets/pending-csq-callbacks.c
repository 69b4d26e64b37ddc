#include <ntddk.h>

typedef struct _RZ_BUTTON_EXTENSION {
    IO_CSQ WaitCsq;              /* the cancel-safe queue; IoCsqInitialize fills it in */
    KSPIN_LOCK QueueLock;        /* taken only by the lock callbacks below */
    LIST_ENTRY WaitQueue;        /* IOCTL_RZ_WAIT_PRESS IRPs waiting for a press */
} RZ_BUTTON_EXTENSION, *PRZ_BUTTON_EXTENSION;

#define RZ_EXT(Csq) CONTAINING_RECORD((Csq), RZ_BUTTON_EXTENSION, WaitCsq)

IO_CSQ_INSERT_IRP RzCsqInsert;
IO_CSQ_REMOVE_IRP RzCsqRemove;
IO_CSQ_PEEK_NEXT_IRP RzCsqPeekNext;
IO_CSQ_ACQUIRE_LOCK RzCsqAcquireLock;
IO_CSQ_RELEASE_LOCK RzCsqReleaseLock;

VOID RzCsqInsert(PIO_CSQ Csq, PIRP Irp)
{
    InsertTailList(&RZ_EXT(Csq)->WaitQueue, &Irp->Tail.Overlay.ListEntry);
}

VOID RzCsqRemove(PIO_CSQ Csq, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
}

/* First IRP after Irp (NULL: from the head) whose file object is PeekContext (NULL: any). */
PIRP RzCsqPeekNext(PIO_CSQ Csq, PIRP Irp, PVOID PeekContext)
{
    PLIST_ENTRY head = &RZ_EXT(Csq)->WaitQueue;
    PLIST_ENTRY entry = (Irp == NULL) ? head->Flink : Irp->Tail.Overlay.ListEntry.Flink;

    for (; entry != head; entry = entry->Flink) {
        PIRP next = CONTAINING_RECORD(entry, IRP, Tail.Overlay.ListEntry);
        if (PeekContext == NULL || IoGetCurrentIrpStackLocation(next)->FileObject == PeekContext)
            return next;
    }
    return NULL;
}

VOID RzCsqAcquireLock(PIO_CSQ Csq, PKIRQL Irql)
{
    KeAcquireSpinLock(&RZ_EXT(Csq)->QueueLock, Irql);
}

VOID RzCsqReleaseLock(PIO_CSQ Csq, KIRQL Irql)
{
    KeReleaseSpinLock(&RZ_EXT(Csq)->QueueLock, Irql);
}
