#include <ntddk.h>

typedef struct _RZ_BUTTON_EXTENSION {
    IO_CSQ WaitCsq;
    KSPIN_LOCK QueueLock;
    LIST_ENTRY WaitQueue;
} RZ_BUTTON_EXTENSION, *PRZ_BUTTON_EXTENSION;

DRIVER_DISPATCH RzDispatchCleanup;

/* IRP_MJ_CLEANUP: the last handle to one file object has been closed. */
NTSTATUS RzDispatchCleanup(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRZ_BUTTON_EXTENSION ext = DeviceObject->DeviceExtension;
    PFILE_OBJECT file = IoGetCurrentIrpStackLocation(Irp)->FileObject;
    PIRP queued;

    while ((queued = IoCsqRemoveNextIrp(&ext->WaitCsq, file)) != NULL) {
        queued->IoStatus.Status = STATUS_CANCELLED;
        queued->IoStatus.Information = 0;
        IoCompleteRequest(queued, IO_NO_INCREMENT);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
