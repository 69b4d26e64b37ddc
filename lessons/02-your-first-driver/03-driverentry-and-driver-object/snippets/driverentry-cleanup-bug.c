#include <ntddk.h>

#define RZ_TAG_GLOBALS 'lgzR'      /* pool tag: "Rzgl" in pool dumps */

typedef struct _RZ_GLOBALS {
    KSPIN_LOCK StatsLock;
    ULONG64 BytesMoved;
} RZ_GLOBALS, *PRZ_GLOBALS;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RzUnload;
DRIVER_ADD_DEVICE RzAddDevice;                                             /* pnp.c */
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH RzDispatchPnp;                 /* pnp.c */
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH RzDispatchPower;             /* power.c */
NTSTATUS RzReadSettings(PCUNICODE_STRING ServiceKey, PRZ_GLOBALS Globals); /* settings.c */

UNICODE_STRING g_RegistryPath;     /* RzAddDevice reads per-device settings through it */
PRZ_GLOBALS g_Globals;

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    DriverObject->MajorFunction[IRP_MJ_PNP] = RzDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = RzDispatchPower;
    DriverObject->DriverExtension->AddDevice = RzAddDevice;
    DriverObject->DriverUnload = RzUnload;

    g_Globals = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(RZ_GLOBALS), RZ_TAG_GLOBALS);
    if (g_Globals == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeSpinLock(&g_Globals->StatsLock);

    g_RegistryPath = *RegistryPath;
    status = RzReadSettings(&g_RegistryPath, g_Globals);
    if (!NT_SUCCESS(status))
        return status;

    return STATUS_SUCCESS;
}

_Use_decl_annotations_
VOID RzUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ExFreePoolWithTag(g_Globals, RZ_TAG_GLOBALS);
}
