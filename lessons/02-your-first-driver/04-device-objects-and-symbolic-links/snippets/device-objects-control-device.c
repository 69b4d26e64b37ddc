#include <ntddk.h>
#include <wdmsec.h>

static const GUID RzDemoClassGuid =   /* made up here: generate your own with GuidGen */
    { 0x3f1c8a52, 0x6d0e, 0x4b7a, { 0x9e, 0x21, 0x54, 0xc8, 0x0b, 0x7f, 0x3a, 0x96 } };

static UNICODE_STRING RzDeviceName = RTL_CONSTANT_STRING(L"\\Device\\RzDemo");
static UNICODE_STRING RzLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\RzDemo");
typedef struct _RZ_DEVICE_EXTENSION {   /* nonpaged, zeroed by the I/O manager */
    LONG OpenCount;                     /* updated by the create and close handler */
} RZ_DEVICE_EXTENSION, *PRZ_DEVICE_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RzUnload;
DRIVER_DISPATCH RzDispatchCreateClose;  /* not shown: completes with STATUS_SUCCESS */

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);

    status = IoCreateDeviceSecure(DriverObject, sizeof(RZ_DEVICE_EXTENSION), &RzDeviceName,
                                  FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
                                  &SDDL_DEVOBJ_SYS_ALL_ADM_ALL, &RzDemoClassGuid, &device);
    if (!NT_SUCCESS(status))
        return status;

    device->Flags |= DO_BUFFERED_IO;    /* reads and writes get a system buffer */

    status = IoCreateSymbolicLink(&RzLinkName, &RzDeviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(device);         /* Unload is not called when DriverEntry fails */
        return status;
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE] = RzDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = RzDispatchCreateClose;
    DriverObject->DriverUnload = RzUnload;
    return STATUS_SUCCESS;  /* on return the I/O manager clears DO_DEVICE_INITIALIZING */
}

VOID
RzUnload(PDRIVER_OBJECT DriverObject)
{
    IoDeleteSymbolicLink(&RzLinkName);          /* the name first ... */
    IoDeleteDevice(DriverObject->DeviceObject); /* ... then the only device we made */
}
