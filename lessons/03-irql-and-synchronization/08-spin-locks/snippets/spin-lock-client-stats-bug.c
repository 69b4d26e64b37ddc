#include <ntddk.h>
#define RZ_TAG 'kdzR' /* pool tag; shows up as "Rzdk" in pool dumps */

typedef struct _RZ_CLIENT {
    LIST_ENTRY Link;
    PFILE_OBJECT FileObject;        /* the open handle this entry counts */
    ULONG64 BytesRead;
} RZ_CLIENT, *PRZ_CLIENT;

typedef struct _RZ_EXTENSION {      /* device extension: nonpaged */
    KSPIN_LOCK ClientLock;          /* protects ClientList and its entries */
    LIST_ENTRY ClientList;
} RZ_EXTENSION, *PRZ_EXTENSION;

/* The read dispatch routine calls this once the data is in the buffer. */
NTSTATUS RzCountReadAndComplete(PRZ_EXTENSION Ext, PIRP Irp, ULONG Bytes)
{
    PFILE_OBJECT fileObject = IoGetCurrentIrpStackLocation(Irp)->FileObject;
    PRZ_CLIENT client = NULL;
    PLIST_ENTRY link;
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ext->ClientLock, &oldIrql);
    for (link = Ext->ClientList.Flink; link != &Ext->ClientList; link = link->Flink) {
        if (CONTAINING_RECORD(link, RZ_CLIENT, Link)->FileObject == fileObject) {
            client = CONTAINING_RECORD(link, RZ_CLIENT, Link);
            break;
        }
    }
    if (client == NULL) {
        client = ExAllocatePool2(POOL_FLAG_PAGED, sizeof(RZ_CLIENT), RZ_TAG);
        if (client != NULL) {
            client->FileObject = fileObject;
            InsertTailList(&Ext->ClientList, &client->Link);
        }
    }
    if (client != NULL)
        client->BytesRead += Bytes;

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = Bytes;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    KeReleaseSpinLock(&Ext->ClientLock, oldIrql);
    return STATUS_SUCCESS;
}
