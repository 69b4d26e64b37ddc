#include <ntddk.h>

typedef struct _RZ_CAL_EXTENSION {      /* device extension: nonpaged */
    ERESOURCE ConfigLock;               /* guards Gain */
    ULONG Gain;
    PKEVENT CalibrationDone;            /* set by the DPC, waited on by a thread */
    ULONG64 CalibratedValue;
} RZ_CAL_EXTENSION, *PRZ_CAL_EXTENSION;

/* Not shown: start a calibration (the device interrupts when done); read its result. */
VOID RzStartCalibration(PRZ_CAL_EXTENSION Ext);
ULONG RzReadRawCalibration(PRZ_CAL_EXTENSION Ext);

/* Device-control path: PASSIVE_LEVEL, in the requesting thread. */
VOID RzSetGain(PRZ_CAL_EXTENSION Ext, ULONG Gain)
{
    ExAcquireResourceExclusiveLite(&Ext->ConfigLock, TRUE);
    Ext->Gain = Gain;
    ExReleaseResourceLite(&Ext->ConfigLock);
}

/* Runs in a driver-created system thread at PASSIVE_LEVEL. */
VOID RzCalibrate(PRZ_CAL_EXTENSION Ext)
{
    KEVENT done;                        /* on this thread's stack */

    KeInitializeEvent(&done, NotificationEvent, FALSE);
    Ext->CalibrationDone = &done;
    RzStartCalibration(Ext);
    KeWaitForSingleObject(&done, Executive, UserMode, FALSE, NULL);
    Ext->CalibrationDone = NULL;
}

KDEFERRED_ROUTINE RzCalibrationDpc;

/* CustomDpc of an ordinary DPC, queued by the ISR: DISPATCH_LEVEL. */
VOID RzCalibrationDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PRZ_CAL_EXTENSION ext = (PRZ_CAL_EXTENSION)Context;
    ULONG raw = RzReadRawCalibration(ext);

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    ExAcquireResourceSharedLite(&ext->ConfigLock, TRUE);
    ext->CalibratedValue = (ULONG64)raw * ext->Gain;
    ExReleaseResourceLite(&ext->ConfigLock);
    KeSetEvent(ext->CalibrationDone, IO_NO_INCREMENT, FALSE);
}
