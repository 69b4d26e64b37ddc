#include <ntddk.h>

#define RZ_LOG(Level, Format, ...) \
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, (Level), "RzPort: " Format "\n", ##__VA_ARGS__)

typedef struct _RZ_PORT {           /* lives in the nonpaged device extension */
    UNICODE_STRING Name;            /* the port's name, built at PASSIVE_LEVEL */
    ULONG Index;
    volatile LONG Overruns;
} RZ_PORT, *PRZ_PORT;

KDEFERRED_ROUTINE RzPortOverrunDpc;

/* Called from AddDevice, at PASSIVE_LEVEL. */
VOID RzPortDescribe(PRZ_PORT Port)
{
    RZ_LOG(DPFLTR_TRACE_LEVEL, "port %lu, extension at %p", Port->Index, Port);
    RZ_LOG(DPFLTR_TRACE_LEVEL, "port %lu is named %ws", Port->Index, Port->Name.Buffer);
}

/* CustomDpc of an ordinary DPC, queued by the ISR: runs at DISPATCH_LEVEL. */
VOID RzPortOverrunDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PRZ_PORT port = (PRZ_PORT)DeferredContext;
    LONG overruns = InterlockedIncrement(&port->Overruns);

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    RZ_LOG(DPFLTR_WARNING_LEVEL, "overrun %ld on port %lu", overruns, port->Index);
    RZ_LOG(DPFLTR_WARNING_LEVEL, "overrun on %wZ", &port->Name);
}

/* Device-control path, PASSIVE_LEVEL. Note is a NUL-terminated copy of the text
   that the calling application put in its input buffer. */
VOID RzPortLogNote(PRZ_PORT Port, PCSTR Note)
{
    RZ_LOG(DPFLTR_INFO_LEVEL, "note from the client of %wZ follows", &Port->Name);
    DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, Note);   /* RZ_LOG needs a literal */
}
