#include <ntddk.h>
#define FILE_DEVICE_RZ 0x8001u          /* from rzioctl.h */
#define IOCTL_RZ_GET_VERSION CTL_CODE(FILE_DEVICE_RZ, 0x800, METHOD_BUFFERED, FILE_READ_DATA)
#define IOCTL_RZ_READ_BLOCK CTL_CODE(FILE_DEVICE_RZ, 0x803, METHOD_OUT_DIRECT, FILE_READ_DATA)
typedef struct _RZ_VERSION_INFO { ULONG Major; ULONG Minor; } RZ_VERSION_INFO, *PRZ_VERSION_INFO;
static const RZ_VERSION_INFO RzVersion = { 1, 4 };

ULONG RzCopyLatestBlock(PVOID Buffer, ULONG Length);   /* not shown: copies at most Length bytes */
DRIVER_DISPATCH RzDispatchDeviceControl;                /* MajorFunction[IRP_MJ_DEVICE_CONTROL] */

NTSTATUS
RzDispatchDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR bytes = 0;
    PVOID block;
    UNREFERENCED_PARAMETER(DeviceObject);
    switch (stack->Parameters.DeviceIoControl.IoControlCode) {   /* the whole 32-bit code */
    case IOCTL_RZ_GET_VERSION:                          /* METHOD_BUFFERED */
        if (outLength < sizeof(RZ_VERSION_INFO)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &RzVersion, sizeof(RzVersion));
        bytes = sizeof(RzVersion);
        break;
    case IOCTL_RZ_READ_BLOCK:                           /* METHOD_OUT_DIRECT */
        if (Irp->MdlAddress == NULL) {                  /* zero-length output buffer: no MDL */
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        block = MmGetSystemAddressForMdlSafe(Irp->MdlAddress,
                                             NormalPagePriority | MdlMappingNoExecute);
        if (block == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        bytes = RzCopyLatestBlock(block, outLength);    /* the MDL describes outLength bytes */
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = bytes;                  /* the caller's "bytes returned" */
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
