#include <ntddk.h>

typedef struct _RZ_RX_STATE {       /* lives in the device extension */
    KSPIN_LOCK Lock;                /* always acquired as a queued spin lock */
    ULONG64 BytesReceived;          /* these two change together, so one */
    ULONG PacketsReceived;          /* lock covers both */
} RZ_RX_STATE, *PRZ_RX_STATE;

/* Not shown: drains the receive ring, syncing with the ISR itself; returns bytes. */
ULONG RzDrainRxRing(PRZ_RX_STATE Rx, PULONG Packets);

KDEFERRED_ROUTINE RzRxDpc;

/* CustomDpc of an ordinary DPC (KeInitializeDpc), queued by the ISR: DISPATCH_LEVEL. */
VOID
RzRxDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PRZ_RX_STATE rx = (PRZ_RX_STATE)DeferredContext;
    KLOCK_QUEUE_HANDLE handle;      /* one per acquisition, on this stack */
    ULONG packets;
    ULONG bytes;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    bytes = RzDrainRxRing(rx, &packets);        /* device work stays outside the lock */

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&rx->Lock, &handle);
    rx->BytesReceived += bytes;
    rx->PacketsReceived += packets;
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&handle);
}

/* Called from a device-control dispatch routine at PASSIVE_LEVEL. */
VOID
RzRxSnapshot(PRZ_RX_STATE Rx, PULONG64 Bytes, PULONG Packets)
{
    KLOCK_QUEUE_HANDLE handle;
    ULONG64 bytes;
    ULONG packets;

    KeAcquireInStackQueuedSpinLock(&Rx->Lock, &handle);    /* raises to DISPATCH_LEVEL */
    bytes = Rx->BytesReceived;                              /* copy into locals under the lock */
    packets = Rx->PacketsReceived;
    KeReleaseInStackQueuedSpinLock(&handle);                /* back to the caller's IRQL */

    *Bytes = bytes;             /* caller's memory is written only after the release */
    *Packets = packets;
}
