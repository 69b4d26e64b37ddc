#include <ntddk.h>

typedef struct _RZ_DEVICE {             /* device extension: nonpaged */
    PULONG StatusRegister;              /* mapped register: bit 0 data ready, bit 1 config changed */
    KDPC EventDpc;                      /* KeInitializeDpc(&EventDpc, RzEventDpc, dev) at start-up */
    PIO_WORKITEM ConfigWorkItem;        /* IoAllocateWorkItem at start-up */
    volatile LONG PendingEvents;        /* bits the ISR saw that the DPC has not taken yet */
    volatile LONG ConfigQueued;         /* 1 while the work item waits in the queue */
} RZ_DEVICE, *PRZ_DEVICE;

KSERVICE_ROUTINE RzInterruptService;
KDEFERRED_ROUTINE RzEventDpc;
IO_WORKITEM_ROUTINE RzConfigWorker;
VOID RzDrainReceiveRing(PRZ_DEVICE Dev);                             /* resident; not shown */
_IRQL_requires_(PASSIVE_LEVEL) VOID RzReloadConfig(PRZ_DEVICE Dev);  /* not shown */
#pragma alloc_text(PAGE, RzConfigWorker)

BOOLEAN RzInterruptService(PKINTERRUPT Interrupt, PVOID ServiceContext)      /* DIRQL */
{
    PRZ_DEVICE dev = (PRZ_DEVICE)ServiceContext;
    ULONG events = READ_REGISTER_ULONG(dev->StatusRegister);
    UNREFERENCED_PARAMETER(Interrupt);
    if (events == 0) return FALSE;                          /* not our device */
    WRITE_REGISTER_ULONG(dev->StatusRegister, events);      /* dismiss the interrupt */
    InterlockedOr(&dev->PendingEvents, (LONG)events);       /* save state for the DPC */
    KeInsertQueueDpc(&dev->EventDpc, NULL, NULL);           /* finish at DISPATCH_LEVEL */
    return TRUE;
}

VOID RzEventDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PRZ_DEVICE dev = (PRZ_DEVICE)DeferredContext;
    LONG events = InterlockedExchange(&dev->PendingEvents, 0);     /* take every saved bit */
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (events & 0x1)
        RzDrainReceiveRing(dev);                     /* short work on nonpaged data */
    if ((events & 0x2) && InterlockedExchange(&dev->ConfigQueued, 1) == 0)
        IoQueueWorkItem(dev->ConfigWorkItem, RzConfigWorker, DelayedWorkQueue, dev);
}

VOID RzConfigWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)   /* PASSIVE_LEVEL, system thread */
{
    PRZ_DEVICE dev = (PRZ_DEVICE)Context;
    PAGED_CODE();                           /* this routine lives in the PAGE section */
    UNREFERENCED_PARAMETER(DeviceObject);
    InterlockedExchange(&dev->ConfigQueued, 0);   /* from here on, a new event may queue it again */
    RzReloadConfig(dev);                    /* may wait, touch paged memory, read the registry */
}
