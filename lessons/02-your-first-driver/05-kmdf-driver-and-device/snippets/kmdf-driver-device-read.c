#include <ntddk.h>
#include <wdf.h>

typedef struct _RZ_DEVICE_CONTEXT {     /* the same declarations as the driver's header */
    ULONG Serial;
    ULONG ReadCount;
} RZ_DEVICE_CONTEXT, *PRZ_DEVICE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_DEVICE_CONTEXT, RzGetDeviceContext)

typedef struct _RZ_READ_REPLY {         /* what every read returns */
    ULONG Serial;
    ULONG ReadCount;
} RZ_READ_REPLY, *PRZ_READ_REPLY;

EVT_WDF_IO_QUEUE_IO_READ RzEvtIoRead;

VOID
RzEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    PRZ_DEVICE_CONTEXT ctx = RzGetDeviceContext(WdfIoQueueGetDevice(Queue));
    PRZ_READ_REPLY reply;
    PVOID buffer;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Length);     /* the buffer size check below covers it */

    status = WdfRequestRetrieveOutputBuffer(Request, sizeof(RZ_READ_REPLY), &buffer, NULL);
    if (!NT_SUCCESS(status)) {
        WdfRequestCompleteWithInformation(Request, status, 0);
        return;
    }

    ctx->ReadCount++;                   /* sequential queue: one read at a time */
    reply = buffer;
    reply->Serial = ctx->Serial;
    reply->ReadCount = ctx->ReadCount;
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, sizeof(RZ_READ_REPLY));
}
