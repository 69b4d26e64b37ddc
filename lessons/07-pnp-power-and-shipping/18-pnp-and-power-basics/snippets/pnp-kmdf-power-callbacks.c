#include <ntddk.h>
#include <wdf.h>

typedef struct _RZ_SENSOR_CONTEXT {     /* the device's context area */
    PULONG Registers;                   /* mapped by EvtDevicePrepareHardware */
    SIZE_T RegisterBytes;
    ULONG SavedControl;                 /* control register value, kept while out of D0 */
} RZ_SENSOR_CONTEXT, *PRZ_SENSOR_CONTEXT;

/* Generates RzGetSensorContext(), the typed accessor for the context area. */
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_SENSOR_CONTEXT, RzGetSensorContext)

EVT_WDF_DEVICE_PREPARE_HARDWARE RzEvtPrepareHardware;    /* next snippet */
EVT_WDF_DEVICE_RELEASE_HARDWARE RzEvtReleaseHardware;    /* next snippet */
EVT_WDF_DEVICE_D0_ENTRY RzEvtD0Entry;
EVT_WDF_DEVICE_D0_EXIT RzEvtD0Exit;

/* EvtDriverDeviceAdd calls this before it calls WdfDeviceCreate. */
VOID RzRegisterPnpPowerCallbacks(PWDFDEVICE_INIT DeviceInit)
{
    WDF_PNPPOWER_EVENT_CALLBACKS callbacks;

    WDF_PNPPOWER_EVENT_CALLBACKS_INIT(&callbacks);
    callbacks.EvtDevicePrepareHardware = RzEvtPrepareHardware;
    callbacks.EvtDeviceD0Entry = RzEvtD0Entry;
    callbacks.EvtDeviceD0Exit = RzEvtD0Exit;
    callbacks.EvtDeviceReleaseHardware = RzEvtReleaseHardware;
    WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, &callbacks);
}

NTSTATUS RzEvtD0Entry(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState)
{
    PRZ_SENSOR_CONTEXT ctx = RzGetSensorContext(Device);

    if (PreviousState != WdfPowerDeviceD3Final)             /* back from Dx: restore state */
        WRITE_REGISTER_ULONG(ctx->Registers, ctx->SavedControl);
    return STATUS_SUCCESS;
}

NTSTATUS RzEvtD0Exit(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState)
{
    PRZ_SENSOR_CONTEXT ctx = RzGetSensorContext(Device);

    if (TargetState != WdfPowerDeviceD3Final)               /* a later D0Entry restores it */
        ctx->SavedControl = READ_REGISTER_ULONG(ctx->Registers);
    return STATUS_SUCCESS;
}
