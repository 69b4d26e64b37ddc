#include <ntddk.h>
#include <wdf.h>

#define IOCTL_RZ_WAIT_PRESS  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_RZ_GET_PRESSES CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef struct _RZ_BUTTON_CONTEXT {
    WDFQUEUE WaitQueue;
    volatile LONG Presses;
} RZ_BUTTON_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_BUTTON_CONTEXT, RzGetButtonContext)
EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL RzEvtIoDeviceControl;

VOID RzEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                          size_t InputBufferLength, ULONG IoControlCode)
{
    RZ_BUTTON_CONTEXT *ctx = RzGetButtonContext(WdfIoQueueGetDevice(Queue));
    PVOID buffer;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;    /* for unknown codes */

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);

    switch (IoControlCode) {
    case IOCTL_RZ_WAIT_PRESS:       /* park it in the manual queue until a press */
        status = WdfRequestForwardToIoQueue(Request, ctx->WaitQueue);
        if (NT_SUCCESS(status))
            return;
        break;
    case IOCTL_RZ_GET_PRESSES:
        status = WdfRequestRetrieveOutputBuffer(Request, sizeof(LONG), &buffer, NULL);
        if (NT_SUCCESS(status)) {
            *(PLONG)buffer = ctx->Presses;
            WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, sizeof(LONG));
            return;
        }
        break;
    }
    WdfRequestCompleteWithInformation(Request, status, 0);
}

/* The EvtInterruptDpc callback calls this for each press: release every waiter. */
VOID RzButtonPressed(RZ_BUTTON_CONTEXT *Ctx)
{
    WDFREQUEST request;

    InterlockedIncrement(&Ctx->Presses);
    while (NT_SUCCESS(WdfIoQueueRetrieveNextRequest(Ctx->WaitQueue, &request)))
        WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, 0);
}
