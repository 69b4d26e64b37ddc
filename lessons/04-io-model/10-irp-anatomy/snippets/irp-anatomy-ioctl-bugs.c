#include <ntddk.h>

#define IOCTL_RZ_SCALE_SAMPLE \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef struct _RZ_SCALE_IN {           /* what the caller sends */
    ULONG Sample;
    ULONG Factor;
} RZ_SCALE_IN, *PRZ_SCALE_IN;

typedef struct _RZ_SCALE_OUT {          /* what the driver returns */
    ULONG64 Scaled;
} RZ_SCALE_OUT, *PRZ_SCALE_OUT;

DRIVER_DISPATCH RzDispatchDeviceControl;

/* IRP_MJ_DEVICE_CONTROL. The driver completes every request it receives here. */
NTSTATUS RzDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION irpSp = IoGetNextIrpStackLocation(Irp);
    ULONG inLen = irpSp->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLen = irpSp->Parameters.DeviceIoControl.OutputBufferLength;
    PRZ_SCALE_IN in = (PRZ_SCALE_IN)Irp->AssociatedIrp.SystemBuffer;
    PRZ_SCALE_OUT out = (PRZ_SCALE_OUT)Irp->AssociatedIrp.SystemBuffer;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR info = 0;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (irpSp->Parameters.DeviceIoControl.IoControlCode == IOCTL_RZ_SCALE_SAMPLE) {
        if (inLen < sizeof(RZ_SCALE_IN) || outLen < sizeof(RZ_SCALE_OUT)) {
            status = STATUS_BUFFER_TOO_SMALL;
        } else {
            out->Scaled = 0;                                /* start from a clean result */
            out->Scaled = (ULONG64)in->Sample * in->Factor;
            info = sizeof(RZ_SCALE_OUT);
            status = STATUS_SUCCESS;
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
