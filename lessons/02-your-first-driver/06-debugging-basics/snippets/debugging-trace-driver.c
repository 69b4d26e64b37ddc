#include <ntddk.h>

/* Every message goes to the IHVDRIVER component and starts with the driver's name. */
#define RZ_LOG(Level, Format, ...) \
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, (Level), "RzTrace: " Format "\n", ##__VA_ARGS__)

/* A Level of 0-31 names one bit: DPFLTR_ERROR_LEVEL is bit 0, DPFLTR_INFO_LEVEL bit 3.
   A Level of 32 or more is the mask itself; DPFLTR_MASK keeps this one above 31. */
#define RZ_LEVEL_VERBOSE (DPFLTR_MASK | 0x10)       /* our own bit 4 */

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RzTraceUnload;

/* Not shown: sets up the driver's state and returns an NTSTATUS. */
NTSTATUS RzTraceSetup(PDRIVER_OBJECT DriverObject);

VOID RzTraceUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    RZ_LOG(DPFLTR_INFO_LEVEL, "unloading");
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

#if DBG
    if (!KdRefreshDebuggerNotPresent())     /* a kernel debugger is attached right now */
        DbgBreakPoint();                    /* with no debugger, a break is a bug check */
#endif
    NT_ASSERT(KeGetCurrentIrql() == PASSIVE_LEVEL);     /* compiled into debug builds only */

    /* %wZ takes a PUNICODE_STRING. Unicode formats need PASSIVE_LEVEL, which this is. */
    RZ_LOG(DPFLTR_INFO_LEVEL, "loading, service key %wZ", RegistryPath);
    RZ_LOG(RZ_LEVEL_VERBOSE, "driver object at %p", DriverObject);

    status = RzTraceSetup(DriverObject);
    if (!NT_SUCCESS(status)) {
        RZ_LOG(DPFLTR_ERROR_LEVEL, "setup failed, status 0x%08X", status);
        return status;
    }

    DriverObject->DriverUnload = RzTraceUnload;
    RZ_LOG(DPFLTR_TRACE_LEVEL, "ready");
    return STATUS_SUCCESS;
}
