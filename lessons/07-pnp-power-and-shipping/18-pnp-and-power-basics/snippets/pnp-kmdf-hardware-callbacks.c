#include <ntddk.h>
#include <wdf.h>

typedef struct _RZ_SENSOR_CONTEXT {     /* same context as in the previous snippet */
    PULONG Registers;
    SIZE_T RegisterBytes;
    ULONG SavedControl;
} RZ_SENSOR_CONTEXT, *PRZ_SENSOR_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_SENSOR_CONTEXT, RzGetSensorContext)
/* Not shown: walks the translated list (WdfCmResourceListGetCount and
   WdfCmResourceListGetDescriptor) and maps the memory resource it finds. */
NTSTATUS RzMapRegisters(PRZ_SENSOR_CONTEXT Ctx, WDFCMRESLIST ResourcesTranslated);

EVT_WDF_DEVICE_PREPARE_HARDWARE RzEvtPrepareHardware;
EVT_WDF_DEVICE_RELEASE_HARDWARE RzEvtReleaseHardware;

NTSTATUS RzEvtPrepareHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                              WDFCMRESLIST ResourcesTranslated)
{
    UNREFERENCED_PARAMETER(ResourcesRaw);
    return RzMapRegisters(RzGetSensorContext(Device), ResourcesTranslated);
}

NTSTATUS RzEvtReleaseHardware(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated)
{
    PRZ_SENSOR_CONTEXT ctx = RzGetSensorContext(Device);

    UNREFERENCED_PARAMETER(ResourcesTranslated);
    if (ctx->Registers != NULL) {
        MmUnmapIoSpace(ctx->Registers, ctx->RegisterBytes);  /* interrupts are off, device is off */
        ctx->Registers = NULL;
    }
    return STATUS_SUCCESS;
}
