#include <ntddk.h>

/* Role types tell Code Analysis and Static Driver Verifier what each routine is. */
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD RzUnload;                                           /* driver.c */
DRIVER_ADD_DEVICE RzAddDevice;                                    /* pnp.c    */
_Dispatch_type_(IRP_MJ_CREATE)
_Dispatch_type_(IRP_MJ_CLOSE)
DRIVER_DISPATCH RzDispatchCreateClose;                            /* io.c     */
_Dispatch_type_(IRP_MJ_PNP)
DRIVER_DISPATCH RzDispatchPnp;                                    /* pnp.c    */
_Dispatch_type_(IRP_MJ_POWER)
DRIVER_DISPATCH RzDispatchPower;                                  /* power.c  */
NTSTATUS RzCreateDriverResources(PCUNICODE_STRING RegistryPath); /* driver.c */

_Use_decl_annotations_
NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    /* Step 1: entry points. The driver is sent no IRP whose code has no routine here. */
    DriverObject->MajorFunction[IRP_MJ_CREATE] = RzDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = RzDispatchCreateClose;
    DriverObject->MajorFunction[IRP_MJ_PNP] = RzDispatchPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = RzDispatchPower;
    DriverObject->DriverExtension->AddDevice = RzAddDevice;
    DriverObject->DriverUnload = RzUnload;

    /* Steps 2 to 4: driver-wide resources and the status. No device objects yet:
       the PnP manager calls RzAddDevice for each device the driver controls. */
    return RzCreateDriverResources(RegistryPath);
}
