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

/* ---- lesson ioctls-and-transfer-methods ---- */

/* WdfRequestRetrieveInputBuffer function (wdfrequest.h) */
NTSTATUS
WdfRequestRetrieveInputBuffer(
  WDFREQUEST Request,
  size_t MinimumRequiredLength,
  PVOID *Buffer,
  size_t *Length);

/* ---- lesson waitable-locks-events-interlocked ---- */
/*
 * Framework locks, execution level and synchronization scope. This section also
 * completes WDF_OBJECT_ATTRIBUTES (declared incomplete above): the lesson's
 * snippet sets its SynchronizationScope and ExecutionLevel members.
 */

#ifndef RZ_HAVE_WDFOBJECT
#define RZ_HAVE_WDFOBJECT
/* wdftypes.h: the general, typeless handle type ("typedef HANDLE WDFOBJECT"). */
typedef HANDLE WDFOBJECT, *PWDFOBJECT;
#endif

#ifndef RZ_HAVE_WDFWAITLOCK
#define RZ_HAVE_WDFWAITLOCK
/* wdftypes.h: framework wait-lock object handle (WdfWaitLockCreate). */
typedef struct WDFWAITLOCK__ *WDFWAITLOCK;
#endif

#ifndef RZ_HAVE_WDF_EXECUTION_LEVEL
#define RZ_HAVE_WDF_EXECUTION_LEVEL
/* WDF_EXECUTION_LEVEL enumeration (wdfobject.h) */
typedef enum _WDF_EXECUTION_LEVEL {
  WdfExecutionLevelInvalid = 0x00,
  WdfExecutionLevelInheritFromParent,
  WdfExecutionLevelPassive,
  WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;
#endif

#ifndef RZ_HAVE_WDF_SYNCHRONIZATION_SCOPE
#define RZ_HAVE_WDF_SYNCHRONIZATION_SCOPE
/* WDF_SYNCHRONIZATION_SCOPE enumeration (wdfobject.h) */
typedef enum _WDF_SYNCHRONIZATION_SCOPE {
  WdfSynchronizationScopeInvalid = 0x00,
  WdfSynchronizationScopeInheritFromParent,
  WdfSynchronizationScopeDevice,
  WdfSynchronizationScopeQueue,
  WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;
#endif

#ifndef RZ_HAVE_EVT_WDF_OBJECT_CONTEXT_CLEANUP
#define RZ_HAVE_EVT_WDF_OBJECT_CONTEXT_CLEANUP
/* EVT_WDF_OBJECT_CONTEXT_CLEANUP callback function (wdfobject.h) */
typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
#endif

#ifndef RZ_HAVE_EVT_WDF_OBJECT_CONTEXT_DESTROY
#define RZ_HAVE_EVT_WDF_OBJECT_CONTEXT_DESTROY
/* EVT_WDF_OBJECT_CONTEXT_DESTROY callback function (wdfobject.h) */
typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;
#endif

#ifndef RZ_HAVE_WDF_OBJECT_ATTRIBUTES_MEMBERS
#define RZ_HAVE_WDF_OBJECT_ATTRIBUTES_MEMBERS
/*
 * WDF_OBJECT_ATTRIBUTES structure (wdfobject.h), members as the page lists them.
 * ContextTypeInfo points to a WDF_OBJECT_CONTEXT_TYPE_INFO structure; its
 * members are left out here because no snippet in this lesson touches them.
 */
struct _WDF_OBJECT_ATTRIBUTES {
  ULONG Size;
  PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
  PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
  WDF_EXECUTION_LEVEL ExecutionLevel;
  WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
  WDFOBJECT ParentObject;
  size_t ContextSizeOverride;
  const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *ContextTypeInfo;
};

/*
 * WDF_OBJECT_ATTRIBUTES_INIT function (wdfobject.h): zeros the structure, sets
 * Size, and sets ExecutionLevel and SynchronizationScope to their
 * InheritFromParent values.
 */
FORCEINLINE
VOID
WDF_OBJECT_ATTRIBUTES_INIT(
  PWDF_OBJECT_ATTRIBUTES Attributes)
{
  RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
  Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
  Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
  Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
}
#endif

/* WdfWaitLockAcquire function (wdfsync.h) */
NTSTATUS
WdfWaitLockAcquire(
  WDFWAITLOCK Lock,
  PLONGLONG Timeout);

/* WdfWaitLockRelease function (wdfsync.h) */
VOID
WdfWaitLockRelease(
  WDFWAITLOCK Lock);

/* WdfIoQueueGetDevice function (wdfio.h) */
WDFDEVICE
WdfIoQueueGetDevice(
  WDFQUEUE Queue);

/* WdfRequestComplete function (wdfrequest.h) */
VOID
WdfRequestComplete(
  WDFREQUEST Request,
  NTSTATUS Status);

/* ---- lesson pnp-and-power-basics ---- */

/*
 * PWDFDEVICE_INIT (wdfdevice.h): the opaque device-initialization structure
 * that EvtDriverDeviceAdd receives ("WDFDEVICE_INIT structure" page).
 */
#ifndef RZ_HAVE_PWDFDEVICE_INIT
#define RZ_HAVE_PWDFDEVICE_INIT
typedef struct WDFDEVICE_INIT *PWDFDEVICE_INIT;
#endif

/* WDFCMRESLIST: handle to a framework resource-list object (wdftypes.h). */
#ifndef RZ_HAVE_WDFCMRESLIST
#define RZ_HAVE_WDFCMRESLIST
typedef struct WDFCMRESLIST__ *WDFCMRESLIST;
#endif

/* WDF_POWER_DEVICE_STATE enumeration (wdfdevice.h) */
#ifndef RZ_HAVE_WDF_POWER_DEVICE_STATE
#define RZ_HAVE_WDF_POWER_DEVICE_STATE
typedef enum _WDF_POWER_DEVICE_STATE {
  WdfPowerDeviceInvalid = 0,
  WdfPowerDeviceD0,
  WdfPowerDeviceD1,
  WdfPowerDeviceD2,
  WdfPowerDeviceD3,
  WdfPowerDeviceD3Final,
  WdfPowerDevicePrepareForHibernation,
  WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE, *PWDF_POWER_DEVICE_STATE;
#endif

/* WDF_SPECIAL_FILE_TYPE enumeration (wdfdevice.h) */
#ifndef RZ_HAVE_WDF_SPECIAL_FILE_TYPE
#define RZ_HAVE_WDF_SPECIAL_FILE_TYPE
typedef enum _WDF_SPECIAL_FILE_TYPE {
  WdfSpecialFileUndefined = 0,
  WdfSpecialFilePaging = 1,
  WdfSpecialFileHibernation,
  WdfSpecialFileDump,
  WdfSpecialFileBoot,
  WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE, *PWDF_SPECIAL_FILE_TYPE;
#endif

/*
 * PnP and power event callback function types (wdfdevice.h), one Microsoft
 * Learn page each: EVT_WDF_DEVICE_D0_ENTRY, EVT_WDF_DEVICE_D0_EXIT,
 * EVT_WDF_DEVICE_PREPARE_HARDWARE, EVT_WDF_DEVICE_RELEASE_HARDWARE and the
 * others named in WDF_PNPPOWER_EVENT_CALLBACKS.
 */
#ifndef RZ_HAVE_EVT_WDF_DEVICE_PNPPOWER_CALLBACKS
#define RZ_HAVE_EVT_WDF_DEVICE_PNPPOWER_CALLBACKS
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(WDFDEVICE Device, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY *PFN_WDF_DEVICE_D0_ENTRY;
typedef NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(WDFDEVICE Device,
                                                                WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED *PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT(WDFDEVICE Device, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT *PFN_WDF_DEVICE_D0_EXIT;
typedef NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(WDFDEVICE Device,
                                                               WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED *PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED;
typedef NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesRaw,
                                                 WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_PREPARE_HARDWARE *PFN_WDF_DEVICE_PREPARE_HARDWARE;
typedef NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(WDFDEVICE Device, WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_RELEASE_HARDWARE *PFN_WDF_DEVICE_RELEASE_HARDWARE;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP *PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP;
typedef VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH *PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT *PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND *PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND;
typedef NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART *PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART;
typedef VOID EVT_WDF_DEVICE_SURPRISE_REMOVAL(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SURPRISE_REMOVAL *PFN_WDF_DEVICE_SURPRISE_REMOVAL;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;
typedef NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_STOP *PFN_WDF_DEVICE_QUERY_STOP;
typedef VOID EVT_WDF_DEVICE_USAGE_NOTIFICATION(WDFDEVICE Device, WDF_SPECIAL_FILE_TYPE NotificationType,
                                               BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION *PFN_WDF_DEVICE_USAGE_NOTIFICATION;
typedef VOID EVT_WDF_DEVICE_RELATIONS_QUERY(WDFDEVICE Device, DEVICE_RELATION_TYPE RelationType);
typedef EVT_WDF_DEVICE_RELATIONS_QUERY *PFN_WDF_DEVICE_RELATIONS_QUERY;
typedef NTSTATUS EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(WDFDEVICE Device,
                                                     WDF_SPECIAL_FILE_TYPE NotificationType,
                                                     BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX *PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX;
#endif

/* WDF_PNPPOWER_EVENT_CALLBACKS structure (wdfdevice.h) */
#ifndef RZ_HAVE_WDF_PNPPOWER_EVENT_CALLBACKS
#define RZ_HAVE_WDF_PNPPOWER_EVENT_CALLBACKS
typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
  ULONG Size;
  PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
  PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED EvtDeviceD0EntryPostInterruptsEnabled;
  PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
  PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED EvtDeviceD0ExitPreInterruptsDisabled;
  PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
  PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
  PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
  PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
  PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
  PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
  PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
  PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
  PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX EvtDeviceUsageNotificationEx;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;

/*
 * WDF_PNPPOWER_EVENT_CALLBACKS_INIT function (wdfdevice.h): zeros the
 * structure and sets its Size member.
 */
FORCEINLINE
VOID
WDF_PNPPOWER_EVENT_CALLBACKS_INIT(
  PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks)
{
  RtlZeroMemory(Callbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
  Callbacks->Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
}
#endif

/* WdfDeviceInitSetPnpPowerEventCallbacks function (wdfdevice.h) */
VOID
WdfDeviceInitSetPnpPowerEventCallbacks(
  PWDFDEVICE_INIT DeviceInit,
  PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);

/* ---- lesson inf-signing-deployment ---- */

/* WDFKEY: handle to a framework registry-key object (wdftypes.h). */
#ifndef RZ_HAVE_WDFKEY
#define RZ_HAVE_WDFKEY
typedef struct WDFKEY__ *WDFKEY;
#endif

/* EVT_WDF_DRIVER_DEVICE_ADD and EVT_WDF_DRIVER_UNLOAD callback functions (wdfdriver.h) */
#ifndef RZ_HAVE_EVT_WDF_DRIVER_DEVICE_ADD
#define RZ_HAVE_EVT_WDF_DRIVER_DEVICE_ADD
typedef NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;
#endif
#ifndef RZ_HAVE_EVT_WDF_DRIVER_UNLOAD
#define RZ_HAVE_EVT_WDF_DRIVER_UNLOAD
typedef VOID EVT_WDF_DRIVER_UNLOAD(WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;
#endif

/* WDF_DRIVER_CONFIG structure (wdfdriver.h) */
#ifndef RZ_HAVE_WDF_DRIVER_CONFIG
#define RZ_HAVE_WDF_DRIVER_CONFIG
typedef struct _WDF_DRIVER_CONFIG {
  ULONG Size;
  PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
  PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
  ULONG DriverInitFlags;
  ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

/*
 * WDF_DRIVER_CONFIG_INIT function (wdfdriver.h): zeros the structure, sets
 * Size, and stores the EvtDriverDeviceAdd pointer.
 */
FORCEINLINE
VOID
WDF_DRIVER_CONFIG_INIT(
  PWDF_DRIVER_CONFIG Config,
  PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd)
{
  RtlZeroMemory(Config, sizeof(WDF_DRIVER_CONFIG));
  Config->Size = sizeof(WDF_DRIVER_CONFIG);
  Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}
#endif

/* WdfDriverCreate function (wdfdriver.h) */
NTSTATUS
WdfDriverCreate(
  PDRIVER_OBJECT DriverObject,
  PCUNICODE_STRING RegistryPath,
  PWDF_OBJECT_ATTRIBUTES DriverAttributes,
  PWDF_DRIVER_CONFIG DriverConfig,
  WDFDRIVER *Driver);

/* WdfDriverOpenParametersRegistryKey function (wdfdriver.h) */
NTSTATUS
WdfDriverOpenParametersRegistryKey(
  WDFDRIVER Driver,
  ACCESS_MASK DesiredAccess,
  PWDF_OBJECT_ATTRIBUTES KeyAttributes,
  WDFKEY *Key);

/* WdfRegistryQueryULong function (wdfregistry.h) */
NTSTATUS
WdfRegistryQueryULong(
  WDFKEY Key,
  PCUNICODE_STRING ValueName,
  PULONG Value);

/* WdfRegistryClose function (wdfregistry.h) */
VOID
WdfRegistryClose(
  WDFKEY Key);

/* ---- lesson kmdf-driver-and-device ---- */

/* WDF_DEVICE_IO_TYPE enumeration (wdfdevice.h) */
#ifndef RZ_WDF_DEVICE_IO_TYPE_DEFINED
#define RZ_WDF_DEVICE_IO_TYPE_DEFINED
typedef enum _WDF_DEVICE_IO_TYPE {
  WdfDeviceIoUndefined = 0,
  WdfDeviceIoNeither = 1,
  WdfDeviceIoBuffered = 2,
  WdfDeviceIoDirect = 3,
  WdfDeviceIoBufferedOrDirect = 4,
  WdfDeviceIoMaximum
} WDF_DEVICE_IO_TYPE, *PWDF_DEVICE_IO_TYPE;
#endif

/* WDF_IO_TYPE_CONFIG structure (wdfdevice.h) */
#ifndef RZ_WDF_IO_TYPE_CONFIG_DEFINED
#define RZ_WDF_IO_TYPE_CONFIG_DEFINED
typedef struct _WDF_IO_TYPE_CONFIG {
  ULONG Size;
  WDF_DEVICE_IO_TYPE ReadWriteIoType;
  WDF_DEVICE_IO_TYPE DeviceControlIoType;   /* UMDF only */
  ULONG DirectTransferThreshold;            /* UMDF only */
} WDF_IO_TYPE_CONFIG, *PWDF_IO_TYPE_CONFIG;

/*
 * WDF_IO_TYPE_CONFIG_INIT function (wdfdevice.h): zeros the structure, sets
 * Size, and sets ReadWriteIoType and DeviceControlIoType to WdfDeviceIoBuffered.
 */
FORCEINLINE
VOID
WDF_IO_TYPE_CONFIG_INIT(
  PWDF_IO_TYPE_CONFIG IoTypeConfig)
{
  RtlZeroMemory(IoTypeConfig, sizeof(WDF_IO_TYPE_CONFIG));
  IoTypeConfig->Size = sizeof(WDF_IO_TYPE_CONFIG);
  IoTypeConfig->ReadWriteIoType = WdfDeviceIoBuffered;
  IoTypeConfig->DeviceControlIoType = WdfDeviceIoBuffered;
}
#endif

/* WdfDeviceInitSetIoTypeEx function (wdfdevice.h) */
VOID
WdfDeviceInitSetIoTypeEx(
  PWDFDEVICE_INIT DeviceInit,
  PWDF_IO_TYPE_CONFIG IoTypeConfig);

/* WdfDeviceCreate function (wdfdevice.h) */
NTSTATUS
WdfDeviceCreate(
  PWDFDEVICE_INIT *DeviceInit,
  PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
  WDFDEVICE *Device);

/* WdfDeviceCreateDeviceInterface function (wdfdevice.h) */
NTSTATUS
WdfDeviceCreateDeviceInterface(
  WDFDEVICE Device,
  const GUID *InterfaceClassGUID,
  PCUNICODE_STRING ReferenceString);

/*
 * WDF_OBJECT_CONTEXT_TYPE_INFO structure (wdfobject.h). It completes the
 * structure that WDF_OBJECT_ATTRIBUTES.ContextTypeInfo points to (declared in
 * the waitable-locks section above). UniqueType and
 * EvtDriverGetUniqueContextType are "for internal use" on the page.
 */
#ifndef RZ_WDF_OBJECT_CONTEXT_TYPE_INFO_DEFINED
#define RZ_WDF_OBJECT_CONTEXT_TYPE_INFO_DEFINED
typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (*PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);
typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
  ULONG Size;
  PCHAR ContextName;
  size_t ContextSize;
  PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
  PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
} WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;
#endif

/*
 * WdfObjectGetTypedContextWorker function (wdfobject.h): "reserved for
 * internal use"; the accessor that WDF_DECLARE_CONTEXT_TYPE_WITH_NAME defines
 * calls it, as in the WDK.
 */
PVOID
WdfObjectGetTypedContextWorker(
  WDFOBJECT Handle,
  PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);

/*
 * WDF_DECLARE_CONTEXT_TYPE_WITH_NAME macro (wdfobject.h): at file scope,
 * describes the context type and defines an accessor named _castingfunction
 * that takes an object handle and returns a pointer to that object's context.
 * Simplified: the WDK emits the type-info structure as a selectany global in
 * a named section and marks the accessor FORCEINLINE; here both are static to
 * the file (gcc rejects a static object used from mingw's extern FORCEINLINE),
 * which is enough for a syntax check.
 */
#ifndef RZ_WDF_DECLARE_CONTEXT_TYPE_WITH_NAME_DEFINED
#define RZ_WDF_DECLARE_CONTEXT_TYPE_WITH_NAME_DEFINED
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) (&_WDF_##_contexttype##_TYPE_INFO)
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)          \
  static const WDF_OBJECT_CONTEXT_TYPE_INFO _WDF_##_contexttype##_TYPE_INFO = {      \
    sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), #_contexttype, sizeof(_contexttype),        \
    &_WDF_##_contexttype##_TYPE_INFO, NULL };                                          \
  static __inline _contexttype *_castingfunction(WDFOBJECT Handle)                     \
  {                                                                                    \
    return (_contexttype *)WdfObjectGetTypedContextWorker(                            \
      Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype));                                \
  }
#endif

/*
 * WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE and WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE
 * macros (wdfobject.h). The second is WDF_OBJECT_ATTRIBUTES_INIT followed by
 * the first; the context type must already be declared at file scope.
 */
#ifndef RZ_WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE_DEFINED
#define RZ_WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE_DEFINED
#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
  (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
  WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                                 \
  WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)
#endif

/* ---- lesson wdf-requests-and-queues ---- */

/* wdftypes.h: framework I/O target object handle (WdfDeviceGetIoTarget). */
#ifndef RZ_HAVE_WDFIOTARGET
#define RZ_HAVE_WDFIOTARGET
typedef struct WDFIOTARGET__ *WDFIOTARGET;
#endif

/*
 * WDF_IO_QUEUE_CONFIG_INIT function (wdfio.h): like the _DEFAULT_QUEUE variant
 * above (zeros the structure, sets Size, PowerManaged = WdfUseDefault and
 * DispatchType, and NumberOfPresentedRequests = -1 for a parallel queue), but
 * leaves DefaultQueue FALSE: for queues that are not the device's default.
 */
#ifndef RZ_HAVE_WDF_IO_QUEUE_CONFIG_INIT
#define RZ_HAVE_WDF_IO_QUEUE_CONFIG_INIT
FORCEINLINE
VOID
WDF_IO_QUEUE_CONFIG_INIT(
  PWDF_IO_QUEUE_CONFIG Config,
  WDF_IO_QUEUE_DISPATCH_TYPE DispatchType)
{
  RtlZeroMemory(Config, sizeof(WDF_IO_QUEUE_CONFIG));
  Config->Size = sizeof(WDF_IO_QUEUE_CONFIG);
  Config->PowerManaged = WdfUseDefault;
  Config->DispatchType = DispatchType;
  if (DispatchType == WdfIoQueueDispatchParallel) {
    Config->Settings.Parallel.NumberOfPresentedRequests = (ULONG)-1;
  }
}
#endif

/*
 * WDF_REQUEST_TYPE enumeration (wdfrequest.h). The values are the IRP major
 * function codes; WdfDeviceConfigureRequestDispatching accepts only Create,
 * Read, Write, DeviceControl and DeviceControlInternal.
 */
#ifndef RZ_HAVE_WDF_REQUEST_TYPE
#define RZ_HAVE_WDF_REQUEST_TYPE
typedef enum _WDF_REQUEST_TYPE {
  WdfRequestTypeCreate = 0x0,
  WdfRequestTypeCreateNamedPipe = 0x1,
  WdfRequestTypeClose = 0x2,
  WdfRequestTypeRead = 0x3,
  WdfRequestTypeWrite = 0x4,
  WdfRequestTypeQueryInformation = 0x5,
  WdfRequestTypeSetInformation = 0x6,
  WdfRequestTypeQueryEA = 0x7,
  WdfRequestTypeSetEA = 0x8,
  WdfRequestTypeFlushBuffers = 0x9,
  WdfRequestTypeQueryVolumeInformation = 0xa,
  WdfRequestTypeSetVolumeInformation = 0xb,
  WdfRequestTypeDirectoryControl = 0xc,
  WdfRequestTypeFileSystemControl = 0xd,
  WdfRequestTypeDeviceControl = 0xe,
  WdfRequestTypeDeviceControlInternal = 0xf,
  WdfRequestTypeShutdown = 0x10,
  WdfRequestTypeLockControl = 0x11,
  WdfRequestTypeCleanup = 0x12,
  WdfRequestTypeCreateMailSlot = 0x13,
  WdfRequestTypeQuerySecurity = 0x14,
  WdfRequestTypeSetSecurity = 0x15,
  WdfRequestTypePower = 0x16,
  WdfRequestTypeSystemControl = 0x17,
  WdfRequestTypeDeviceChange = 0x18,
  WdfRequestTypeQueryQuota = 0x19,
  WdfRequestTypeSetQuota = 0x1A,
  WdfRequestTypePnp = 0x1B,
  WdfRequestTypeOther = 0x1C,
  WdfRequestTypeUsb = 0x40,
  WdfRequestTypeNoFormat = 0xFF,
  WdfRequestTypeMax
} WDF_REQUEST_TYPE;
#endif

/* WDF_REQUEST_SEND_OPTIONS_FLAGS enumeration (wdfrequest.h) */
#ifndef RZ_HAVE_WDF_REQUEST_SEND_OPTIONS_FLAGS
#define RZ_HAVE_WDF_REQUEST_SEND_OPTIONS_FLAGS
typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
  WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001,
  WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002,
  WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004,
  WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008,
  WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000,
  WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000
} WDF_REQUEST_SEND_OPTIONS_FLAGS;
#endif

/*
 * WDF_REQUEST_SEND_OPTIONS structure and WDF_REQUEST_SEND_OPTIONS_INIT
 * function (wdfrequest.h): INIT zeros the structure, sets Size, and stores
 * Flags. wdfrequest.h: WDF_NO_SEND_OPTIONS is the "no options" value.
 */
#ifndef RZ_HAVE_WDF_REQUEST_SEND_OPTIONS
#define RZ_HAVE_WDF_REQUEST_SEND_OPTIONS
typedef struct _WDF_REQUEST_SEND_OPTIONS {
  ULONG Size;
  ULONG Flags;
  LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

FORCEINLINE
VOID
WDF_REQUEST_SEND_OPTIONS_INIT(
  PWDF_REQUEST_SEND_OPTIONS Options,
  ULONG Flags)
{
  RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
  Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
  Options->Flags = Flags;
}

#define WDF_NO_SEND_OPTIONS (NULL)
#endif

/* WdfDeviceConfigureRequestDispatching function (wdfdevice.h) */
NTSTATUS
WdfDeviceConfigureRequestDispatching(
  WDFDEVICE Device,
  WDFQUEUE Queue,
  WDF_REQUEST_TYPE RequestType);

/* WdfDeviceGetIoTarget function (wdfdevice.h) */
WDFIOTARGET
WdfDeviceGetIoTarget(
  WDFDEVICE Device);

/* WdfRequestFormatRequestUsingCurrentType function (wdfrequest.h) */
VOID
WdfRequestFormatRequestUsingCurrentType(
  WDFREQUEST Request);

/* WdfRequestSend function (wdfrequest.h) */
BOOLEAN
WdfRequestSend(
  WDFREQUEST Request,
  WDFIOTARGET Target,
  PWDF_REQUEST_SEND_OPTIONS Options);

/* WdfRequestGetStatus function (wdfrequest.h) */
NTSTATUS
WdfRequestGetStatus(
  WDFREQUEST Request);

/* WdfRequestForwardToIoQueue function (wdfrequest.h) */
NTSTATUS
WdfRequestForwardToIoQueue(
  WDFREQUEST Request,
  WDFQUEUE DestinationQueue);

/* WdfIoQueueRetrieveNextRequest function (wdfio.h) */
NTSTATUS
WdfIoQueueRetrieveNextRequest(
  WDFQUEUE Queue,
  WDFREQUEST *OutRequest);

/* ---- end wdf-requests-and-queues ---- */

#endif /* RZ_KMDF_WDF_H */
