#include <ntddk.h>

typedef struct _RZ_CONFIG {
    ULONG SampleRate;
    ULONG Gain;
    ULONG FilterMask;
} RZ_CONFIG, *PRZ_CONFIG;

typedef struct _RZ_EXTENSION {          /* device extension: nonpaged */
    ERESOURCE ConfigLock;               /* readers shared, writers exclusive */
    RZ_CONFIG Config;                   /* guarded by ConfigLock */
    volatile LONG OpenHandles;          /* shared: updated with Interlocked calls */
} RZ_EXTENSION, *PRZ_EXTENSION;

NTSTATUS RzConfigInit(PRZ_EXTENSION Ext)            /* AddDevice */
{
    Ext->OpenHandles = 0;
    return ExInitializeResourceLite(&Ext->ConfigLock);
}

/* Read path: PASSIVE_LEVEL. Many callers may hold the lock shared at once. */
VOID RzConfigGet(PRZ_EXTENSION Ext, PRZ_CONFIG Snapshot)
{
    KeEnterCriticalRegion();                        /* no normal kernel APCs from here */
    ExAcquireResourceSharedLite(&Ext->ConfigLock, TRUE);
    *Snapshot = Ext->Config;
    ExReleaseResourceLite(&Ext->ConfigLock);
    KeLeaveCriticalRegion();
}

/* Write path: PASSIVE_LEVEL. Waits until every reader has released. */
VOID RzConfigSet(PRZ_EXTENSION Ext, const RZ_CONFIG *NewConfig)
{
    KeEnterCriticalRegion();
    ExAcquireResourceExclusiveLite(&Ext->ConfigLock, TRUE);
    Ext->Config = *NewConfig;
    ExReleaseResourceLite(&Ext->ConfigLock);
    KeLeaveCriticalRegion();
}

/* IRP_MJ_CREATE and IRP_MJ_CLOSE: a lone counter needs no lock at all. */
VOID RzHandleOpened(PRZ_EXTENSION Ext) { InterlockedIncrement(&Ext->OpenHandles); }
VOID RzHandleClosed(PRZ_EXTENSION Ext) { InterlockedDecrement(&Ext->OpenHandles); }

VOID RzConfigTeardown(PRZ_EXTENSION Ext)            /* before IoDeleteDevice */
{
    ExDeleteResourceLite(&Ext->ConfigLock);
}
