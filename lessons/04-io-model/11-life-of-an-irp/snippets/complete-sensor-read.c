#include <ntddk.h>
/* Major function codes: https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/irp-major-function-codes */
typedef struct _RZ_SAMPLE {
    ULONG64 Timestamp;
    LONG Value;
    ULONG Sequence;
} RZ_SAMPLE;

typedef struct _RZ_SENSOR_EXTENSION {   /* device extension: nonpaged */
    KSPIN_LOCK SampleLock;              /* the DPC updates Latest under it */
    RZ_SAMPLE Latest;
} RZ_SENSOR_EXTENSION, *PRZ_SENSOR_EXTENSION;

DRIVER_DISPATCH RzSensorRead;

/* Function driver, IRP_MJ_READ. The device object uses DO_BUFFERED_IO. */
NTSTATUS RzSensorRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PRZ_SENSOR_EXTENSION ext = DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR bytes = 0;
    RZ_SAMPLE copy;
    KIRQL oldIrql;

    if (stack->Parameters.Read.Length < sizeof(RZ_SAMPLE)) {
        status = STATUS_BUFFER_TOO_SMALL;
    } else {
        KeAcquireSpinLock(&ext->SampleLock, &oldIrql);
        copy = ext->Latest;
        KeReleaseSpinLock(&ext->SampleLock, oldIrql);

        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &copy, sizeof(copy));
        bytes = sizeof(copy);
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = bytes;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
