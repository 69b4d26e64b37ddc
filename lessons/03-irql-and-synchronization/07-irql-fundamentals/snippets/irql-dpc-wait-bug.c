#include <ntddk.h>

typedef struct _RZ_SAMPLER {        /* device extension: nonpaged */
    KEVENT StopEvent;               /* notification event, set when the device stops */
    KEVENT BufferFree;              /* set by the reader thread once it has copied Text */
    KEVENT SampleReady;             /* wakes the reader thread */
    volatile LONG Samples;
    CHAR Text[64];                  /* latest sample, formatted for the reader */
} RZ_SAMPLER, *PRZ_SAMPLER;

KDEFERRED_ROUTINE RzSampleDpc;
VOID RzFormatSample(PRZ_SAMPLER Sampler);
#pragma alloc_text(PAGE, RzFormatSample)

VOID RzFormatSample(PRZ_SAMPLER Sampler)       /* pageable helper */
{
    PAGED_CODE();
    RtlZeroMemory(Sampler->Text, sizeof(Sampler->Text));
    /* ... formats the newest sample into Sampler->Text ... */
}

/* CustomTimerDpc routine of a periodic timer: runs at DISPATCH_LEVEL. */
VOID RzSampleDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PRZ_SAMPLER smp = (PRZ_SAMPLER)DeferredContext;
    LARGE_INTEGER noWait;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    noWait.QuadPart = 0;
    status = KeWaitForSingleObject(&smp->StopEvent, Executive, KernelMode, FALSE, &noWait);
    if (status == STATUS_SUCCESS)
        return;                                 /* the device is stopping */

    InterlockedIncrement(&smp->Samples);
    KeWaitForSingleObject(&smp->BufferFree, Executive, KernelMode, FALSE, NULL);
    RzFormatSample(smp);
    KeSetEvent(&smp->SampleReady, IO_NO_INCREMENT, FALSE);
}
