#include <ntddk.h>
#include <wdf.h>

#define RZ_DEFAULT_INTERVAL_MS 250      /* used if the INF's value is missing or out of range */
#define RZ_POOL_TAG 'snzR'              /* pool tag: shows up as "Rzns" in pool dumps */

ULONG RzSampleIntervalMs = RZ_DEFAULT_INTERVAL_MS;

DRIVER_INITIALIZE DriverEntry;
EVT_WDF_DRIVER_DEVICE_ADD RzEvtDeviceAdd;       /* creates the WDFDEVICE: not shown */

static VOID
RzReadParameters(WDFDRIVER Driver)
{
    DECLARE_CONST_UNICODE_STRING(valueName, L"SampleIntervalMs");
    WDFKEY key;
    ULONG value;

    /* Opens the Parameters subkey of this driver's service key, for reading only. */
    if (!NT_SUCCESS(WdfDriverOpenParametersRegistryKey(Driver, KEY_READ,
                                                       WDF_NO_OBJECT_ATTRIBUTES, &key)))
        return;                                   /* keep the default */

    if (NT_SUCCESS(WdfRegistryQueryULong(key, &valueName, &value)) &&
        value >= 10 && value <= 10000)
        RzSampleIntervalMs = value;

    WdfRegistryClose(key);
}

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    WDF_DRIVER_CONFIG config;
    WDFDRIVER driver;
    NTSTATUS status;

    /* RegistryPath names ...\Services\RzSensor: the service key that the INF's
       AddService directive created. The driver never spells that path out itself. */
    WDF_DRIVER_CONFIG_INIT(&config, RzEvtDeviceAdd);
    config.DriverPoolTag = RZ_POOL_TAG;

    status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES,
                             &config, &driver);
    if (!NT_SUCCESS(status))
        return status;

    RzReadParameters(driver);
    return STATUS_SUCCESS;
}
