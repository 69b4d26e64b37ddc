#include <ntddk.h>

typedef struct _RZ_BUTTON_EXTENSION {
    KSPIN_LOCK QueueLock;        /* protects WaitQueue */
    LIST_ENTRY WaitQueue;        /* IOCTL_RZ_WAIT_PRESS IRPs waiting for a press */
} RZ_BUTTON_EXTENSION, *PRZ_BUTTON_EXTENSION;

DRIVER_CANCEL RzCancelWait;      /* the Cancel routine shown earlier */

/* DispatchDeviceControl calls this for IOCTL_RZ_WAIT_PRESS and returns its result. */
NTSTATUS RzQueueWait(PRZ_BUTTON_EXTENSION Ext, PIRP Irp)
{
    KIRQL irql;
    BOOLEAN cancelNow = FALSE;

    KeAcquireSpinLock(&Ext->QueueLock, &irql);
    InsertTailList(&Ext->WaitQueue, &Irp->Tail.Overlay.ListEntry);
    IoSetCancelRoutine(Irp, RzCancelWait);
    if (Irp->Cancel && IoSetCancelRoutine(Irp, NULL) != NULL) {
        RemoveEntryList(&Irp->Tail.Overlay.ListEntry);   /* canceled too early */
        cancelNow = TRUE;
    }
    KeReleaseSpinLock(&Ext->QueueLock, irql);
    IoMarkIrpPending(Irp);
    if (cancelNow) {
        Irp->IoStatus.Status = STATUS_CANCELLED;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }
    return STATUS_PENDING;
}

/* The DPC calls this at DISPATCH_LEVEL when the button is pressed. */
VOID RzCompleteOneWait(PRZ_BUTTON_EXTENSION Ext)
{
    PIRP irp = NULL;

    KeAcquireSpinLockAtDpcLevel(&Ext->QueueLock);
    if (!IsListEmpty(&Ext->WaitQueue)) {
        irp = CONTAINING_RECORD(RemoveHeadList(&Ext->WaitQueue), IRP, Tail.Overlay.ListEntry);
        IoSetCancelRoutine(irp, NULL);
    }
    KeReleaseSpinLockFromDpcLevel(&Ext->QueueLock);

    if (irp != NULL) {
        irp->IoStatus.Status = STATUS_SUCCESS;
        irp->IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
    }
}
