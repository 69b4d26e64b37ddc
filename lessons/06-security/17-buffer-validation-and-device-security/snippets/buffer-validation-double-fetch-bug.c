#include <ntddk.h>
#define RZ_LABEL_MAX 32

typedef struct _RZ_LABEL {             /* IOCTL_RZ_SET_LABEL data (METHOD_IN_DIRECT) */
    ULONG Length;                      /* bytes of Text in use */
    CHAR Text[RZ_LABEL_MAX];
} RZ_LABEL, *PRZ_LABEL;

typedef struct _RZ_EXTENSION {         /* device extension */
    ULONG LabelLength;
    CHAR Label[RZ_LABEL_MAX];
} RZ_EXTENSION, *PRZ_EXTENSION;

/* Called by the device-control dispatch routine, which completes the IRP. */
NTSTATUS RzSetLabel(PRZ_EXTENSION Ext, PIRP Irp)
{
    ULONG length = IoGetCurrentIrpStackLocation(Irp)->Parameters.DeviceIoControl.OutputBufferLength;
    PRZ_LABEL label;

    if (Irp->MdlAddress == NULL || length < sizeof(RZ_LABEL)) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    /* The MDL maps the caller's own pages: the caller can still write them. */
    label = (PRZ_LABEL)MmGetSystemAddressForMdlSafe(Irp->MdlAddress,
                                                    NormalPagePriority | MdlMappingNoExecute);
    if (label == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }

    if (label->Length > RZ_LABEL_MAX) {
        return STATUS_INVALID_PARAMETER;
    }
    RtlCopyMemory(Ext->Label, label->Text, label->Length);
    Ext->LabelLength = label->Length;
    return STATUS_SUCCESS;
}
