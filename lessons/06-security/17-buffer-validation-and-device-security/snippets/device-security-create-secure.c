#include <ntddk.h>
#include <wdmsec.h>                     /* IoCreateDeviceSecure, SDDL_DEVOBJ_*; link Wdmsec.lib */

#define FILE_DEVICE_RZ 0x8001u          /* from rzioctl.h */

/* A class GUID of the driver's own (generated with GuidGen), never an existing
   setup class: administrators can override the device's security under it. */
static const GUID RZ_CONTROL_CLASS_GUID =
    { 0x6b1f0a52, 0x3c7e, 0x4d19, { 0x8a, 0x40, 0x2e, 0x95, 0xc1, 0x7d, 0x03, 0xb6 } };

/* Called from DriverEntry: creates \Device\RzSensor and the name apps open. */
NTSTATUS RzCreateControlDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT *Device)
{
    UNICODE_STRING name = RTL_CONSTANT_STRING(L"\\Device\\RzSensor");
    UNICODE_STRING link = RTL_CONSTANT_STRING(L"\\DosDevices\\RzSensor");
    NTSTATUS status;

    status = IoCreateDeviceSecure(DriverObject,
                                  0,                            /* no device extension */
                                  &name,
                                  FILE_DEVICE_RZ,               /* DeviceType */
                                  FILE_DEVICE_SECURE_OPEN,      /* DeviceCharacteristics */
                                  FALSE,                        /* not exclusive */
                                  &SDDL_DEVOBJ_SYS_ALL_ADM_ALL, /* "D:P(A;;GA;;;SY)(A;;GA;;;BA)" */
                                  &RZ_CONTROL_CLASS_GUID,
                                  Device);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = IoCreateSymbolicLink(&link, &name);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(*Device);
        *Device = NULL;
    }
    return status;
}
