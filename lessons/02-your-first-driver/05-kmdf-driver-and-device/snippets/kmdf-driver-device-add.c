#include <ntddk.h>
#include <wdf.h>

typedef struct _RZ_DEVICE_CONTEXT {     /* one per device; nonpaged and zeroed */
    ULONG Serial;                       /* which Rz device this is: 1, 2, ... */
    ULONG ReadCount;                    /* reads answered so far */
} RZ_DEVICE_CONTEXT, *PRZ_DEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_DEVICE_CONTEXT, RzGetDeviceContext)
static LONG RzNextSerial;               /* driver-wide: shared by every device */
static const GUID GUID_DEVINTERFACE_RZDEMO =   /* made up here: generate your own */
    { 0x8c2d4e61, 0x1f3a, 0x4c59, { 0xa7, 0x0e, 0x62, 0x9b, 0xd4, 0x13, 0x5f, 0xc8 } };

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD RzEvtDeviceAdd;
EVT_WDF_IO_QUEUE_IO_READ RzEvtIoRead;   /* in the next snippet */

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;

    WDF_DRIVER_CONFIG_INIT(&config, RzEvtDeviceAdd);
    return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                           &config, WDF_NO_HANDLE);
}

NTSTATUS
RzEvtDeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, RZ_DEVICE_CONTEXT);
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status))
        return status;      /* the framework frees DeviceInit itself */
    RzGetDeviceContext(device)->Serial = (ULONG)InterlockedIncrement(&RzNextSerial);

    status = WdfDeviceCreateDeviceInterface(device, &GUID_DEVINTERFACE_RZDEMO, NULL);
    if (!NT_SUCCESS(status))
        return status;      /* failing here: the framework deletes the device */

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = RzEvtIoRead;
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}
