#include <ntddk.h>
#include <wdf.h>
#define FILE_DEVICE_RZ 0x8001u          /* from rzioctl.h */
#define IOCTL_RZ_SET_CONFIG \
    CTL_CODE(FILE_DEVICE_RZ, 0x801, METHOD_BUFFERED, FILE_READ_DATA | FILE_WRITE_DATA)
#define IOCTL_RZ_READ_BLOCK CTL_CODE(FILE_DEVICE_RZ, 0x803, METHOD_OUT_DIRECT, FILE_READ_DATA)
typedef struct _RZ_CONFIG { ULONG SampleRateHz; ULONG Flags; } RZ_CONFIG, *PRZ_CONFIG;

/* Not shown: validate and apply a configuration; copy at most Length bytes of a block. */
NTSTATUS RzApplyConfig(WDFQUEUE Queue, const RZ_CONFIG *Config);
size_t RzCopyLatestBlock(WDFQUEUE Queue, PVOID Buffer, size_t Length);

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL RzEvtIoDeviceControl;

VOID
RzEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                     size_t InputBufferLength, ULONG IoControlCode)
{
    NTSTATUS status;
    PVOID buffer;
    size_t length;
    ULONG_PTR bytes = 0;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);

    switch (IoControlCode) {
    case IOCTL_RZ_SET_CONFIG:           /* METHOD_BUFFERED: input in the system buffer */
        status = WdfRequestRetrieveInputBuffer(Request, sizeof(RZ_CONFIG), &buffer, NULL);
        if (NT_SUCCESS(status)) {
            status = RzApplyConfig(Queue, (const RZ_CONFIG *)buffer);
        }
        break;
    case IOCTL_RZ_READ_BLOCK:           /* METHOD_OUT_DIRECT: output described by an MDL */
        status = WdfRequestRetrieveOutputBuffer(Request, 1, &buffer, &length);
        if (NT_SUCCESS(status)) {
            bytes = RzCopyLatestBlock(Queue, buffer, length);
        }
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    WdfRequestCompleteWithInformation(Request, status, bytes);
}
