#include <ntddk.h>
#include <wdf.h>

#define IOCTL_RZ_RELOAD_CALIBRATION \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _RZ_DEVICE_CONTEXT {
    WDFWAITLOCK CalibrationLock;        /* WdfWaitLockCreate, in EvtDriverDeviceAdd */
    ULONG Calibration[8];               /* the read queue uses the table too */
} RZ_DEVICE_CONTEXT, *PRZ_DEVICE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_DEVICE_CONTEXT, RzGetDeviceContext)
/* Not shown: reads the table from the registry; pageable, PASSIVE_LEVEL only. */
NTSTATUS RzLoadCalibration(WDFDEVICE Device, ULONG Table[8]);

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL RzEvtControlIoDeviceControl;

NTSTATUS RzCreateControlQueue(WDFDEVICE Device)     /* from EvtDriverDeviceAdd */
{
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_OBJECT_ATTRIBUTES queueAttributes;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = RzEvtControlIoDeviceControl;
    WDF_OBJECT_ATTRIBUTES_INIT(&queueAttributes);
    queueAttributes.SynchronizationScope = WdfSynchronizationScopeQueue;
    queueAttributes.ExecutionLevel = WdfExecutionLevelPassive;
    return WdfIoQueueCreate(Device, &queueConfig, &queueAttributes, WDF_NO_HANDLE);
}

VOID RzEvtControlIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request,
    size_t OutputBufferLength, size_t InputBufferLength, ULONG IoControlCode)
{
    WDFDEVICE device = WdfIoQueueGetDevice(Queue);
    PRZ_DEVICE_CONTEXT ctx = RzGetDeviceContext(device);
    ULONG table[8];
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    if (IoControlCode == IOCTL_RZ_RELOAD_CALIBRATION) {
        status = RzLoadCalibration(device, table);  /* pageable: needs PASSIVE_LEVEL */
        if (NT_SUCCESS(status)) {
            WdfWaitLockAcquire(ctx->CalibrationLock, NULL);
            RtlCopyMemory(ctx->Calibration, table, sizeof(table));
            WdfWaitLockRelease(ctx->CalibrationLock);
        }
    }
    WdfRequestComplete(Request, status);
}
