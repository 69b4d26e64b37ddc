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
    RZ_FILTER_RESULT result;
    ULONG count;

    Irp->IoStatus.Information = 0;
    if (inLength < FIELD_OFFSET(RZ_FILTER, Taps) || outLength < sizeof(RZ_FILTER_RESULT)) {
        return STATUS_BUFFER_TOO_SMALL;            /* header must be there before we read it */
    }
    count = filter->TapCount;                      /* a kernel copy: the caller cannot change it */
    if (count > (inLength - FIELD_OFFSET(RZ_FILTER, Taps)) / sizeof(LONG)) {
        return STATUS_INVALID_PARAMETER;           /* subtract and divide: nothing can overflow */
    }

    RtlZeroMemory(&result, sizeof(result));        /* no stale bytes, even in padding */
    result.TapsLoaded = count;
    result.Gain = RzLoadTaps(filter->Taps, count);
    RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &result, sizeof(result));
    Irp->IoStatus.Information = sizeof(result);    /* exactly what was written */
    return STATUS_SUCCESS;
}
