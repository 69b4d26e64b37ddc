#include <ntddk.h>

typedef struct _RZ_FDO_EXTENSION {     /* device extension of the FDO */
    PDEVICE_OBJECT LowerDevice;         /* returned by IoAttachDeviceToDeviceStack */
    IO_REMOVE_LOCK RemoveLock;          /* IoInitializeRemoveLock ran in AddDevice */
} RZ_FDO_EXTENSION, *PRZ_FDO_EXTENSION;

/* Not shown: maps the registers and connects the interrupt it finds in the list. */
NTSTATUS RzStartHardware(PRZ_FDO_EXTENSION Ext, PCM_RESOURCE_LIST Translated);

IO_COMPLETION_ROUTINE RzStartCompletion;

NTSTATUS
RzStartCompletion(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);  /* wake the waiting dispatch code */
    return STATUS_MORE_PROCESSING_REQUIRED;                  /* stop completion: the IRP is ours */
}

/* Called by RzDispatchPnp, at PASSIVE_LEVEL, with the remove lock held. */
NTSTATUS
RzHandleStartDevice(PRZ_FDO_EXTENSION Ext, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    KEVENT lowerDone;
    NTSTATUS status;

    KeInitializeEvent(&lowerDone, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, RzStartCompletion, &lowerDone, TRUE, TRUE, TRUE);

    status = IoCallDriver(Ext->LowerDevice, Irp);          /* the bus driver starts first */
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&lowerDone, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }

    if (NT_SUCCESS(status)) {                               /* only if every lower driver succeeded */
        status = RzStartHardware(Ext, stack->Parameters.StartDevice.AllocatedResourcesTranslated);
        Irp->IoStatus.Status = status;
    }
    IoCompleteRequest(Irp, IO_NO_INCREMENT);                /* resume completion toward the top */
    return status;
}
