/*
 * wdf.h - a small KMDF declarations header for syntax-checking Ring Zero snippets.
 *
 * It is NOT the WDK's wdf.h. It declares only the handle types, enumerations,
 * callback types, structures, init functions and methods that the course's KMDF
 * snippets use, each written from the Microsoft Learn page named beside it.
 *
 * Differences from the real header, on purpose:
 *  - Framework methods are declared as plain prototypes. (The WDK routes them
 *    through a function table.) Argument counts and types are still checked.
 *  - SAL and IRQL annotations are left out.
 *  - WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE sets Size to sizeof the structure
 *    declared here; the WDK version also handles structure versioning.
 *  - WDF_OBJECT_ATTRIBUTES is an incomplete type: no snippet touches its members.
 */
#ifndef RZ_KMDF_WDF_H
#define RZ_KMDF_WDF_H

#include <ntddk.h>

/*
 * Framework handles. wdftypes.h declares them with DECLARE_HANDLE. mingw's
 * DECLARE_HANDLE yields distinct types only when STRICT is defined, so they are
 * written out here as pointers to distinct incomplete structures: passing a
 * WDFQUEUE where a WDFREQUEST is expected does not compile.
 */
typedef struct WDFDRIVER__ *WDFDRIVER;
typedef struct WDFDEVICE__ *WDFDEVICE;
typedef struct WDFQUEUE__ *WDFQUEUE;
typedef struct WDFREQUEST__ *WDFREQUEST;

/* wdftypes.h: the "none" values that optional parameters accept. */
#define WDF_NO_OBJECT_ATTRIBUTES (NULL)
#define WDF_NO_HANDLE (NULL)

/* WDF_OBJECT_ATTRIBUTES structure (wdfobject.h): members omitted, see above. */
typedef struct _WDF_OBJECT_ATTRIBUTES WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

/* WDF_TRI_STATE enumeration (wdftypes.h) */
typedef enum _WDF_TRI_STATE {
  WdfFalse = FALSE,
  WdfTrue = TRUE,
  WdfUseDefault = 2
} WDF_TRI_STATE, *PWDF_TRI_STATE;

/* WDF_IO_QUEUE_DISPATCH_TYPE enumeration (wdfio.h) */
typedef enum _WDF_IO_QUEUE_DISPATCH_TYPE {
  WdfIoQueueDispatchInvalid = 0,
  WdfIoQueueDispatchSequential,
  WdfIoQueueDispatchParallel,
  WdfIoQueueDispatchManual,
  WdfIoQueueDispatchMax
} WDF_IO_QUEUE_DISPATCH_TYPE;

/*
 * Queue callback function types (wdfio.h). Each is declared as a function type,
 * so a driver writes "EVT_WDF_IO_QUEUE_IO_READ MyEvtIoRead;" as its role type.
 */

/* EVT_WDF_IO_QUEUE_IO_DEFAULT callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_DEFAULT(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_DEFAULT *PFN_WDF_IO_QUEUE_IO_DEFAULT;

/* EVT_WDF_IO_QUEUE_IO_READ callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_READ(WDFQUEUE Queue, WDFREQUEST Request, size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_READ *PFN_WDF_IO_QUEUE_IO_READ;

/* EVT_WDF_IO_QUEUE_IO_WRITE callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_WRITE(WDFQUEUE Queue, WDFREQUEST Request, size_t Length);
typedef EVT_WDF_IO_QUEUE_IO_WRITE *PFN_WDF_IO_QUEUE_IO_WRITE;

/* EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL(WDFQUEUE Queue, WDFREQUEST Request,
                                                size_t OutputBufferLength,
                                                size_t InputBufferLength,
                                                ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL;

/* EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL(WDFQUEUE Queue, WDFREQUEST Request,
                                                         size_t OutputBufferLength,
                                                         size_t InputBufferLength,
                                                         ULONG IoControlCode);
typedef EVT_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL *PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL;

/* EVT_WDF_IO_QUEUE_IO_STOP callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_STOP(WDFQUEUE Queue, WDFREQUEST Request, ULONG ActionFlags);
typedef EVT_WDF_IO_QUEUE_IO_STOP *PFN_WDF_IO_QUEUE_IO_STOP;

/* EVT_WDF_IO_QUEUE_IO_RESUME callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_RESUME(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_RESUME *PFN_WDF_IO_QUEUE_IO_RESUME;

/* EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE callback function (wdfio.h) */
typedef VOID EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE(WDFQUEUE Queue, WDFREQUEST Request);
typedef EVT_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE *PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE;

/* WDF_IO_QUEUE_CONFIG structure (wdfio.h) */
typedef struct _WDF_IO_QUEUE_CONFIG {
  ULONG Size;
  WDF_IO_QUEUE_DISPATCH_TYPE DispatchType;
  WDF_TRI_STATE PowerManaged;
  BOOLEAN AllowZeroLengthRequests;
  BOOLEAN DefaultQueue;
  PFN_WDF_IO_QUEUE_IO_DEFAULT EvtIoDefault;
  PFN_WDF_IO_QUEUE_IO_READ EvtIoRead;
  PFN_WDF_IO_QUEUE_IO_WRITE EvtIoWrite;
  PFN_WDF_IO_QUEUE_IO_DEVICE_CONTROL EvtIoDeviceControl;
  PFN_WDF_IO_QUEUE_IO_INTERNAL_DEVICE_CONTROL EvtIoInternalDeviceControl;
  PFN_WDF_IO_QUEUE_IO_STOP EvtIoStop;
  PFN_WDF_IO_QUEUE_IO_RESUME EvtIoResume;
  PFN_WDF_IO_QUEUE_IO_CANCELED_ON_QUEUE EvtIoCanceledOnQueue;
  union {
    struct {
      ULONG NumberOfPresentedRequests;
    } Parallel;
  } Settings;
  WDFDRIVER Driver;
} WDF_IO_QUEUE_CONFIG, *PWDF_IO_QUEUE_CONFIG;

/*
 * WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE function (wdfio.h): zeros the
 * structure, sets Size, sets PowerManaged to WdfUseDefault and DefaultQueue to
 * TRUE, and stores DispatchType. For a parallel queue it also sets
 * NumberOfPresentedRequests to -1 (no limit).
 */
FORCEINLINE
VOID
WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(
  PWDF_IO_QUEUE_CONFIG Config,
  WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
  RtlZeroMemory(Config, sizeof(WDF_IO_QUEUE_CONFIG));
  Config->Size = sizeof(WDF_IO_QUEUE_CONFIG);
  Config->PowerManaged = WdfUseDefault;
  Config->DefaultQueue = TRUE;
  Config->DispatchType = DispatchType;
  if (DispatchType == WdfIoQueueDispatchParallel) {
    Config->Settings.Parallel.NumberOfPresentedRequests = (ULONG)-1;
  }
}

/* WdfIoQueueCreate function (wdfio.h) */
NTSTATUS
WdfIoQueueCreate(
  WDFDEVICE Device,
  PWDF_IO_QUEUE_CONFIG Config,
  PWDF_OBJECT_ATTRIBUTES QueueAttributes,
  WDFQUEUE *Queue);

/* WdfRequestRetrieveOutputBuffer function (wdfrequest.h) */
NTSTATUS
WdfRequestRetrieveOutputBuffer(
  WDFREQUEST Request,
  size_t MinimumRequiredSize,
  PVOID *Buffer,
  size_t *Length);

/* WdfRequestCompleteWithInformation function (wdfrequest.h) */
VOID
WdfRequestCompleteWithInformation(
  WDFREQUEST Request,
  NTSTATUS Status,
  ULONG_PTR Information);

#endif /* RZ_KMDF_WDF_H */
