#include <ntddk.h>

typedef struct _RZ_FILTER {            /* IOCTL_RZ_SET_FILTER input (METHOD_BUFFERED) */
    ULONG TapCount;                    /* number of entries in Taps */
    LONG Taps[1];                      /* TapCount entries follow the header */
} RZ_FILTER, *PRZ_FILTER;

typedef struct _RZ_FILTER_RESULT {     /* IOCTL_RZ_SET_FILTER output */
    ULONG TapsLoaded;
    LONG Gain;
} RZ_FILTER_RESULT, *PRZ_FILTER_RESULT;

/* Not shown: loads Count taps into the device and returns the filter's gain. */
LONG RzLoadTaps(const LONG *Taps, ULONG Count);

/* Called by the device-control dispatch routine, which completes the IRP. */
NTSTATUS RzSetFilter(PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG inLength = stack->Parameters.DeviceIoControl.InputBufferLength;
    ULONG outLength = stack->Parameters.DeviceIoControl.OutputBufferLength;
    PRZ_FILTER filter = (PRZ_FILTER)Irp->AssociatedIrp.SystemBuffer;
    PRZ_FILTER_RESULT result = (PRZ_FILTER_RESULT)Irp->AssociatedIrp.SystemBuffer;
    ULONG count = filter->TapCount;
    ULONG needed = FIELD_OFFSET(RZ_FILTER, Taps) + count * sizeof(LONG);
    LONG gain;

    if (inLength < needed || outLength < sizeof(RZ_FILTER_RESULT)) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    gain = RzLoadTaps(filter->Taps, count);

    result->TapsLoaded = count;        /* the output overwrites the input */
    result->Gain = gain;
    Irp->IoStatus.Information = outLength;
    return STATUS_SUCCESS;
}
