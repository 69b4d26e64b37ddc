#include <ntddk.h>

typedef struct _RZ_FILTER_EXTENSION {
    PDEVICE_OBJECT LowerDevice;     /* returned by IoAttachDeviceToDeviceStack */
    volatile LONG ReadsSucceeded;
    volatile LONG ReadsFailed;
} RZ_FILTER_EXTENSION, *PRZ_FILTER_EXTENSION;

DRIVER_DISPATCH RzFilterPassThrough;
DRIVER_DISPATCH RzFilterRead;
IO_COMPLETION_ROUTINE RzFilterReadComplete;

/* Every major function the filter does not inspect goes straight down. */
NTSTATUS RzFilterPassThrough(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRZ_FILTER_EXTENSION ext = DeviceObject->DeviceExtension;

    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
}

/* IRP_MJ_READ: forward it, but ask to see it again on the way back up. */
NTSTATUS RzFilterRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRZ_FILTER_EXTENSION ext = DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, RzFilterReadComplete, ext, TRUE, TRUE, TRUE);
    return IoCallDriver(ext->LowerDevice, Irp);
}

NTSTATUS RzFilterReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PRZ_FILTER_EXTENSION ext = (PRZ_FILTER_EXTENSION)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    if (NT_SUCCESS(Irp->IoStatus.Status))
        InterlockedIncrement(&ext->ReadsSucceeded);
    else
        InterlockedIncrement(&ext->ReadsFailed);
    return STATUS_CONTINUE_COMPLETION;
}
