#include <ntddk.h>

#define RZ_TAG_GLOBALS 'lgzR'      /* pool tags: "Rzgl" and "Rzrp" in pool dumps */
#define RZ_TAG_REGPATH 'przR'

typedef struct _RZ_GLOBALS {       /* driver-wide state that every device updates */
    KSPIN_LOCK StatsLock;
    ULONG64 BytesMoved;
} RZ_GLOBALS, *PRZ_GLOBALS;

DRIVER_UNLOAD RzUnload;
NTSTATUS RzReadSettings(PCUNICODE_STRING ServiceKey, PRZ_GLOBALS Globals); /* settings.c */
UNICODE_STRING g_RegistryPath;     /* our own copy; RzAddDevice reads settings through it */
PRZ_GLOBALS g_Globals;

NTSTATUS RzCreateDriverResources(PCUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    g_Globals = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(RZ_GLOBALS), RZ_TAG_GLOBALS);
    if (g_Globals == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeSpinLock(&g_Globals->StatsLock);

    g_RegistryPath.Buffer = ExAllocatePool2(POOL_FLAG_PAGED, RegistryPath->Length, RZ_TAG_REGPATH);
    if (g_RegistryPath.Buffer == NULL) {
        status = STATUS_INSUFFICIENT_RESOURCES;
        goto FreeGlobals;
    }
    g_RegistryPath.Length = 0;
    g_RegistryPath.MaximumLength = RegistryPath->Length;
    RtlCopyUnicodeString(&g_RegistryPath, RegistryPath);

    status = RzReadSettings(&g_RegistryPath, g_Globals);
    if (NT_SUCCESS(status))
        return STATUS_SUCCESS;

    ExFreePoolWithTag(g_RegistryPath.Buffer, RZ_TAG_REGPATH);
FreeGlobals:
    ExFreePoolWithTag(g_Globals, RZ_TAG_GLOBALS);
    return status;
}

_Use_decl_annotations_
VOID RzUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ExFreePoolWithTag(g_RegistryPath.Buffer, RZ_TAG_REGPATH);
    ExFreePoolWithTag(g_Globals, RZ_TAG_GLOBALS);
}
