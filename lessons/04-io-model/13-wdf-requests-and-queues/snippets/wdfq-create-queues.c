#include <ntddk.h>
#include <wdf.h>

typedef struct _RZ_BUTTON_CONTEXT {
    WDFQUEUE WaitQueue;          /* manual queue: IOCTL_RZ_WAIT_PRESS requests */
    volatile LONG Presses;       /* presses counted since start, for IOCTL_RZ_GET_PRESSES */
} RZ_BUTTON_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RZ_BUTTON_CONTEXT, RzGetButtonContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL RzEvtIoDeviceControl;
EVT_WDF_IO_QUEUE_IO_WRITE RzEvtIoWriteLed;

/* EvtDriverDeviceAdd calls this right after WdfDeviceCreate succeeds. */
NTSTATUS RzCreateQueues(WDFDEVICE Device)
{
    WDF_IO_QUEUE_CONFIG config;
    WDFQUEUE queue;
    NTSTATUS status;

    /* Default queue, parallel: IOCTLs are independent of each other. */
    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&config, WdfIoQueueDispatchParallel);
    config.PowerManaged = WdfFalse;      /* no IOCTL here needs the hardware */
    config.EvtIoDeviceControl = RzEvtIoDeviceControl;
    status = WdfIoQueueCreate(Device, &config, WDF_NO_OBJECT_ATTRIBUTES, &queue);
    if (!NT_SUCCESS(status))
        return status;

    /* Writes set the LED pattern; the LED controller takes one command at a time. */
    WDF_IO_QUEUE_CONFIG_INIT(&config, WdfIoQueueDispatchSequential);
    config.EvtIoWrite = RzEvtIoWriteLed;
    status = WdfIoQueueCreate(Device, &config, WDF_NO_OBJECT_ATTRIBUTES, &queue);
    if (!NT_SUCCESS(status))
        return status;
    status = WdfDeviceConfigureRequestDispatching(Device, queue, WdfRequestTypeWrite);
    if (!NT_SUCCESS(status))
        return status;

    /* Manual queue: no request handlers; the driver pulls requests out itself. */
    WDF_IO_QUEUE_CONFIG_INIT(&config, WdfIoQueueDispatchManual);
    return WdfIoQueueCreate(Device, &config, WDF_NO_OBJECT_ATTRIBUTES,
                            &RzGetButtonContext(Device)->WaitQueue);
}
