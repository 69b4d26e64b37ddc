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

VOID RzInitClientStats(PRZ_EXTENSION Ext)       /* called from AddDevice */
{
    KeInitializeSpinLock(&Ext->ClientLock);
    InitializeListHead(&Ext->ClientList);
}

/* Read path, before the IRP is completed; legal at any IRQL <= DISPATCH_LEVEL. */
VOID RzCountRead(PRZ_EXTENSION Ext, PFILE_OBJECT FileObject, ULONG Bytes)
{
    PRZ_CLIENT spare = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(RZ_CLIENT), RZ_TAG);
    PLIST_ENTRY link;
    KIRQL oldIrql;

    KeAcquireSpinLock(&Ext->ClientLock, &oldIrql);
    for (link = Ext->ClientList.Flink; link != &Ext->ClientList; link = link->Flink) {
        PRZ_CLIENT client = CONTAINING_RECORD(link, RZ_CLIENT, Link);
        if (client->FileObject == FileObject) {
            client->BytesRead += Bytes;
            break;
        }
    }
    if (link == &Ext->ClientList && spare != NULL) {
        spare->FileObject = FileObject;
        spare->BytesRead = Bytes;
        InsertTailList(&Ext->ClientList, &spare->Link);
        spare = NULL;                           /* the list owns it now */
    }
    KeReleaseSpinLock(&Ext->ClientLock, oldIrql);
    if (spare != NULL)
        ExFreePoolWithTag(spare, RZ_TAG);       /* entry already existed */
}
