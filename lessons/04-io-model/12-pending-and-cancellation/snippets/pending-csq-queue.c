#include <ntddk.h>

typedef struct _RZ_BUTTON_EXTENSION {
    IO_CSQ WaitCsq;
    KSPIN_LOCK QueueLock;
    LIST_ENTRY WaitQueue;
} RZ_BUTTON_EXTENSION, *PRZ_BUTTON_EXTENSION;

IO_CSQ_INSERT_IRP RzCsqInsert;              /* these five: previous snippet */
IO_CSQ_REMOVE_IRP RzCsqRemove;
IO_CSQ_PEEK_NEXT_IRP RzCsqPeekNext;
IO_CSQ_ACQUIRE_LOCK RzCsqAcquireLock;
IO_CSQ_RELEASE_LOCK RzCsqReleaseLock;
IO_CSQ_COMPLETE_CANCELED_IRP RzCsqCompleteCanceled;

VOID RzCsqCompleteCanceled(PIO_CSQ Csq, PIRP Irp)
{
    UNREFERENCED_PARAMETER(Csq);
    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

/* AddDevice calls this before the device can receive any IRP. */
NTSTATUS RzInitWaitQueue(PRZ_BUTTON_EXTENSION Ext)
{
    KeInitializeSpinLock(&Ext->QueueLock);
    InitializeListHead(&Ext->WaitQueue);
    return IoCsqInitialize(&Ext->WaitCsq, RzCsqInsert, RzCsqRemove, RzCsqPeekNext,
                           RzCsqAcquireLock, RzCsqReleaseLock, RzCsqCompleteCanceled);
}

/* DispatchDeviceControl calls this for IOCTL_RZ_WAIT_PRESS and returns its result. */
NTSTATUS RzQueueWait(PRZ_BUTTON_EXTENSION Ext, PIRP Irp)
{
    IoCsqInsertIrp(&Ext->WaitCsq, Irp, NULL);
    return STATUS_PENDING;
}

/* The DPC calls this at DISPATCH_LEVEL when the button is pressed. */
VOID RzCompleteOneWait(PRZ_BUTTON_EXTENSION Ext)
{
    PIRP irp = IoCsqRemoveNextIrp(&Ext->WaitCsq, NULL);

    if (irp != NULL) {
        irp->IoStatus.Status = STATUS_SUCCESS;
        irp->IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
    }
}
