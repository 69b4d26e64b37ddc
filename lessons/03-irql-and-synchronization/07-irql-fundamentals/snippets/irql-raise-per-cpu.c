#include <ntddk.h>

typedef struct _RZ_STATS {          /* nonpaged; set up at start-up */
    ULONG CpuCount;                 /* KeQueryMaximumProcessorCountEx(ALL_PROCESSOR_GROUPS) */
    PULONG64 PerCpuPackets;         /* CpuCount counters, one per processor */
} RZ_STATS, *PRZ_STATS;

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID RzCountPacket(PRZ_STATS Stats)
{
    KIRQL oldIrql;
    ULONG cpu;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);      /* no thread switch on this processor now */
    cpu = KeGetCurrentProcessorNumberEx(NULL);  /* stays true until IRQL drops again */
    if (cpu < Stats->CpuCount)
        Stats->PerCpuPackets[cpu]++;            /* only this processor writes this slot */
    KeLowerIrql(oldIrql);                       /* exactly the value KeRaiseIrql saved */
}

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG64 RzTotalPackets(PRZ_STATS Stats)         /* a snapshot, not an exact total */
{
    ULONG64 total = 0;
    ULONG i;

    for (i = 0; i < Stats->CpuCount; i++)
        total += Stats->PerCpuPackets[i];
    return total;
}
