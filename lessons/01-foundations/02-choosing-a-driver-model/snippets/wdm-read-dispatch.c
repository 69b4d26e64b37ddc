#include <wdm.h>

DRIVER_DISPATCH RzDispatchRead;

/* The toy device answers every read with this identification string. */
static const char RzIdentity[] = "Ring Zero demo device";

/*
 * DriverEntry registered this routine for one major function only:
 *     DriverObject->MajorFunction[IRP_MJ_READ] = RzDispatchRead;
 * and created the device object with DO_BUFFERED_IO set in Flags.
 * Create, PnP and power IRPs need MajorFunction entries as well.
 */
NTSTATUS
RzDispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG length = stack->Parameters.Read.Length;
    ULONG copied = 0;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (length != 0) {
        copied = min(length, (ULONG)sizeof(RzIdentity));
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, RzIdentity, copied);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = copied;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
