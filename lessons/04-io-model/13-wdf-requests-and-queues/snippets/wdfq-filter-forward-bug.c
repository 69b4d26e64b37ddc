#include <ntddk.h>
#include <wdf.h>

#define IOCTL_RZF_GET_COUNT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_RZF_RESET_COUNT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_BUFFERED, FILE_WRITE_ACCESS)

static volatile LONG RzfForwarded;      /* IOCTLs this filter has passed down */

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL RzfEvtIoDeviceControl;

/* Upper filter (WdfFdoInitSetFilter); its one queue, not a default queue, claims device control. */
VOID RzfEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                           size_t InputBufferLength, ULONG IoControlCode)
{
    WDF_REQUEST_SEND_OPTIONS options;
    NTSTATUS status = STATUS_SUCCESS;
    PVOID buffer;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);

    switch (IoControlCode) {
    case IOCTL_RZF_GET_COUNT:
        status = WdfRequestRetrieveOutputBuffer(Request, sizeof(LONG), &buffer, NULL);
        if (NT_SUCCESS(status)) {
            *(PLONG)buffer = RzfForwarded;
            WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, sizeof(LONG));
        }
        break;
    case IOCTL_RZF_RESET_COUNT:
        InterlockedExchange(&RzfForwarded, 0);
        break;
    default:
        InterlockedIncrement(&RzfForwarded);
        WdfRequestFormatRequestUsingCurrentType(Request);
        WDF_REQUEST_SEND_OPTIONS_INIT(&options, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET);
        WdfRequestSend(Request, WdfDeviceGetIoTarget(WdfIoQueueGetDevice(Queue)), &options);
        return;
    }
    WdfRequestCompleteWithInformation(Request, status, 0);
}
