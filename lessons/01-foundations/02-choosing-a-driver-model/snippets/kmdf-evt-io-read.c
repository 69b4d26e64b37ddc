#include <ntddk.h>
#include <wdf.h>

EVT_WDF_IO_QUEUE_IO_READ RzEvtIoRead;

/* The toy device answers every read with this identification string. */
static const char RzIdentity[] = "Ring Zero demo device";

/* Called from EvtDriverDeviceAdd after WdfDeviceCreate has succeeded. */
NTSTATUS
RzCreateDefaultQueue(WDFDEVICE Device)
{
    WDF_IO_QUEUE_CONFIG config;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&config, WdfIoQueueDispatchSequential);
    config.EvtIoRead = RzEvtIoRead;

    return WdfIoQueueCreate(Device, &config, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}

VOID
RzEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    PVOID buffer;
    size_t bufferLength;
    size_t copied;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(Length);

    status = WdfRequestRetrieveOutputBuffer(Request, 1, &buffer, &bufferLength);
    if (!NT_SUCCESS(status)) {
        WdfRequestCompleteWithInformation(Request, status, 0);
        return;
    }

    copied = min(bufferLength, sizeof(RzIdentity));
    RtlCopyMemory(buffer, RzIdentity, copied);
    WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, copied);
}
