#include <ntddk.h>
#include <wdmsec.h>

static const GUID RzDemoClassGuid =   /* made up here: generate your own with GuidGen */
    { 0x3f1c8a52, 0x6d0e, 0x4b7a, { 0x9e, 0x21, 0x54, 0xc8, 0x0b, 0x7f, 0x3a, 0x96 } };
static UNICODE_STRING RzDeviceName = RTL_CONSTANT_STRING(L"\\Device\\RzDemo");
static UNICODE_STRING RzLinkName = RTL_CONSTANT_STRING(L"\\DosDevices\\RzDemo");

typedef struct _RZ_DEVICE_EXTENSION {
    UNICODE_STRING LinkName;            /* remembered so Unload can remove it */
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
                                  FILE_DEVICE_SECURE_OPEN, FILE_DEVICE_UNKNOWN, FALSE,
                                  &SDDL_DEVOBJ_SYS_ALL_ADM_ALL, &RzDemoClassGuid, &device);
    if (!NT_SUCCESS(status))
        return status;

    ((PRZ_DEVICE_EXTENSION)device->DeviceExtension)->LinkName = RzLinkName;

    status = IoCreateSymbolicLink(&RzLinkName, &RzDeviceName);
    if (!NT_SUCCESS(status))
        return status;

    DriverObject->MajorFunction[IRP_MJ_CREATE] = RzDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = RzDispatchCreateClose;
    DriverObject->DriverUnload = RzUnload;
    return STATUS_SUCCESS;
}

VOID
RzUnload(PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT device = DriverObject->DeviceObject;
    PRZ_DEVICE_EXTENSION ext = device->DeviceExtension;
    IoDeleteDevice(device);
    IoDeleteSymbolicLink(&ext->LinkName);
}
