#include <ntddk.h>
#define RZ_NAME_TAG  'mNzR'  /* "RzNm" in pool dumps: a copied client name */
#define RZ_COUNT_TAG 'tCzR'  /* "RzCt" in pool dumps: the hit counters */
#define RZ_MAX_NAME  64

typedef struct _RZ_STATE {   /* lives in the device extension (nonpaged) */
    KSPIN_LOCK Lock;         /* protects the two pointers and what they point to */
    PULONG HitsByLength;     /* RZ_MAX_NAME counters */
    PCHAR LastName;          /* NUL-terminated copy of the latest name */
} RZ_STATE, *PRZ_STATE;

DRIVER_UNLOAD RzUnload;

NTSTATUS RzInitState(PRZ_STATE St)          /* from DriverEntry, PASSIVE_LEVEL */
{
    KeInitializeSpinLock(&St->Lock);
    St->LastName = NULL;
    St->HitsByLength = ExAllocatePool2(POOL_FLAG_PAGED, RZ_MAX_NAME * sizeof(ULONG), RZ_COUNT_TAG);
    return St->HitsByLength != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

/* PASSIVE_LEVEL. Name holds Length characters and no terminating NUL. */
NTSTATUS RzRememberName(PRZ_STATE St, PCSTR Name, SIZE_T Length)
{
    PCHAR copy, old;
    KIRQL irql;

    if (Length == 0 || Length > RZ_MAX_NAME) return STATUS_INVALID_PARAMETER;
    copy = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, RZ_NAME_TAG);
    if (copy == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(copy, Name, Length);
    copy[Length] = '\0';

    KeAcquireSpinLock(&St->Lock, &irql);
    St->HitsByLength[Length - 1]++;
    old = St->LastName;
    St->LastName = copy;
    KeReleaseSpinLock(&St->Lock, irql);

    if (old != NULL) ExFreePoolWithTag(old, RZ_NAME_TAG);
    return STATUS_SUCCESS;
}

VOID RzUnload(PDRIVER_OBJECT DriverObject)   /* device deletion not shown */
{
    PRZ_STATE st = (PRZ_STATE)DriverObject->DeviceObject->DeviceExtension;
    ExFreePoolWithTag(st->HitsByLength, RZ_COUNT_TAG);
    st->HitsByLength = NULL;
    st->LastName = NULL;
}
