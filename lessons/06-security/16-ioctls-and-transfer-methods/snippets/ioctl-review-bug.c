#include <ntddk.h>
/* A first draft of rzioctl.h and of the switch in the driver that serves it. */
#define FILE_DEVICE_RZ 0x8001u

#define IOCTL_RZ_GET_VERSION \
    CTL_CODE(FILE_DEVICE_RZ, 0x800, METHOD_BUFFERED, FILE_READ_DATA)
#define IOCTL_RZ_RESET_SENSOR \
    CTL_CODE(FILE_DEVICE_RZ, 0x012, METHOD_BUFFERED, FILE_WRITE_DATA)
#define IOCTL_RZ_FLASH_FIRMWARE \
    CTL_CODE(FILE_DEVICE_RZ, 0x804, METHOD_IN_DIRECT, FILE_ANY_ACCESS)

/* Not shown: the work behind each IOCTL. Each completes the IRP. */
NTSTATUS RzGetVersion(PIRP Irp);         /* writes Irp->AssociatedIrp.SystemBuffer */
NTSTATUS RzResetSensor(PIRP Irp);
NTSTATUS RzFlashFirmware(PIRP Irp);      /* reads the image through Irp->MdlAddress */
NTSTATUS RzFailRequest(PIRP Irp, NTSTATUS Status);

NTSTATUS RzHandleDeviceControl(PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;

    switch ((code >> 2) & 0xFFF) {       /* match on the function number */
    case 0x800:
        return RzGetVersion(Irp);
    case 0x012:
        return RzResetSensor(Irp);
    case 0x804:
        return RzFlashFirmware(Irp);
    default:
        return RzFailRequest(Irp, STATUS_INVALID_DEVICE_REQUEST);
    }
}
