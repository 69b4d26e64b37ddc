#include <ntddk.h>
#define RZ_LIST_TAG 'lLzR'  /* "RzLl" in pool dumps: the list header */
#define RZ_CTX_TAG  'xCzR'  /* "RzCx" in pool dumps: the entries */

typedef struct _RZ_REQUEST_CONTEXT {
    PIRP Irp;
    UCHAR Scratch[200];
} RZ_REQUEST_CONTEXT, *PRZ_REQUEST_CONTEXT;

static PLOOKASIDE_LIST_EX RzContextList;   /* the header must be nonpaged */
DRIVER_UNLOAD RzUnload;

NTSTATUS RzCreateContextList(VOID)          /* from DriverEntry, PASSIVE_LEVEL */
{
    NTSTATUS status;
    RzContextList = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(LOOKASIDE_LIST_EX), RZ_LIST_TAG);
    if (RzContextList == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    status = ExInitializeLookasideListEx(RzContextList, NULL, NULL, NonPagedPoolNx, 0,
                                         sizeof(RZ_REQUEST_CONTEXT), RZ_CTX_TAG, 0);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(RzContextList, RZ_LIST_TAG);
        RzContextList = NULL;
    }
    return status;
}

PRZ_REQUEST_CONTEXT RzGetContext(PIRP Irp)  /* any IRQL up to DISPATCH_LEVEL */
{
    PRZ_REQUEST_CONTEXT ctx = ExAllocateFromLookasideListEx(RzContextList);
    if (ctx != NULL) {
        RtlZeroMemory(ctx, sizeof(*ctx));
        ctx->Irp = Irp;
    }
    return ctx;
}

VOID RzPutContext(PRZ_REQUEST_CONTEXT Ctx)
{
    ExFreeToLookasideListEx(RzContextList, Ctx);
}

VOID RzUnload(PDRIVER_OBJECT DriverObject)  /* every context is back by now */
{
    UNREFERENCED_PARAMETER(DriverObject);
    if (RzContextList != NULL) {
        ExDeleteLookasideListEx(RzContextList);
        ExFreePoolWithTag(RzContextList, RZ_LIST_TAG);
    }
}
