#include <ntddk.h>

typedef struct _RZ_FDO_EXTENSION {     /* device extension of the FDO */
    PDEVICE_OBJECT LowerDevice;         /* returned by IoAttachDeviceToDeviceStack */
    IO_REMOVE_LOCK RemoveLock;          /* also acquired by every read and write */
} RZ_FDO_EXTENSION, *PRZ_FDO_EXTENSION;

NTSTATUS RzHandleStartDevice(PRZ_FDO_EXTENSION Ext, PIRP Irp);    /* forward and wait */
VOID RzFailQueuedRequests(PRZ_FDO_EXTENSION Ext);  /* not shown: completes each with an error */
VOID RzReleaseHardware(PRZ_FDO_EXTENSION Ext);     /* not shown: interrupt, register mapping */

DRIVER_DISPATCH RzDispatchPnp;

NTSTATUS
RzDispatchPnp(PDEVICE_OBJECT Fdo, PIRP Irp)
{
    PRZ_FDO_EXTENSION ext = (PRZ_FDO_EXTENSION)Fdo->DeviceExtension;
    NTSTATUS status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);

    if (!NT_SUCCESS(status)) {                  /* removal already under way */
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }

    switch (IoGetCurrentIrpStackLocation(Irp)->MinorFunction) {
    case IRP_MN_START_DEVICE:
        status = RzHandleStartDevice(ext, Irp);
        break;
    case IRP_MN_REMOVE_DEVICE:
        RzFailQueuedRequests(ext);
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
        RzReleaseHardware(ext);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(Fdo);
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    /* Cases for QUERY_REMOVE, SURPRISE_REMOVAL and the rest are not shown. */
    default:                                    /* not handled here: pass it down */
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        break;
    }

    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}
