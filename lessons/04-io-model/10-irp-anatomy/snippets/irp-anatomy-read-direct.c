#include <ntddk.h>

/* Not shown: copies up to Length bytes of samples into Buffer; returns the count. */
ULONG RzCopySamples(PDEVICE_OBJECT DeviceObject, PVOID Buffer, ULONG Length);

DRIVER_DISPATCH RzDispatchRead;

/* IRP_MJ_READ for a device object whose Flags include DO_DIRECT_IO. */
NTSTATUS RzDispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
    ULONG length = irpSp->Parameters.Read.Length;
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR info = 0;
    PVOID data;

    if (length != 0) {
        /* The MDL describes the caller's buffer, locked in memory by the I/O manager. */
        data = MmGetSystemAddressForMdlSafe(Irp->MdlAddress,
                                            NormalPagePriority | MdlMappingNoExecute);
        if (data == NULL)
            status = STATUS_INSUFFICIENT_RESOURCES;
        else
            info = RzCopySamples(DeviceObject, data, length);
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;           /* bytes actually transferred */
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
