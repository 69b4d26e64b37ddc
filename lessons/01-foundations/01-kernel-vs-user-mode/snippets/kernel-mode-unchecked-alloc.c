#include <ntddk.h>

#define RZ_TAG 'tszR'                  /* pool tag; shows up as "Rzst" in pool dumps */
#define RZ_STATS_VERSION 1

typedef struct _RZ_STATS {             /* counters that every caller of the driver updates */
    ULONG Version;
    ULONG OpenCount;
    ULONG64 BytesRead;
} RZ_STATS, *PRZ_STATS;

PRZ_STATS g_Stats;                     /* a kernel global: one copy, in system space */

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RzUnload;

_Use_decl_annotations_
VOID RzUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    ExFreePoolWithTag(g_Stats, RZ_TAG);
}

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    /* Kernel mode, in a system thread, at PASSIVE_LEVEL. */
    g_Stats = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(RZ_STATS), RZ_TAG);
    g_Stats->Version = RZ_STATS_VERSION;

    DriverObject->DriverUnload = RzUnload;
    return STATUS_SUCCESS;
}
