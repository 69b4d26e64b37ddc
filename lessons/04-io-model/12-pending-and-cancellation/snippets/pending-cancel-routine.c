#include <ntddk.h>

typedef struct _RZ_BUTTON_EXTENSION {
    KSPIN_LOCK QueueLock;        /* protects WaitQueue */
    LIST_ENTRY WaitQueue;        /* IOCTL_RZ_WAIT_PRESS IRPs waiting for a press */
} RZ_BUTTON_EXTENSION, *PRZ_BUTTON_EXTENSION;

DRIVER_CANCEL RzCancelWait;

/* The I/O manager calls this at DISPATCH_LEVEL, holding the cancel spin lock. */
VOID RzCancelWait(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRZ_BUTTON_EXTENSION ext = DeviceObject->DeviceExtension;
    KIRQL irql;

    IoReleaseCancelSpinLock(Irp->CancelIrql);

    KeAcquireSpinLock(&ext->QueueLock, &irql);
    RemoveEntryList(&Irp->Tail.Overlay.ListEntry);
    KeReleaseSpinLock(&ext->QueueLock, irql);

    Irp->IoStatus.Status = STATUS_CANCELLED;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}
