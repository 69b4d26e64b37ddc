/*
 * rz-ddk-extras.h - documented kernel routines and values that the snippets use
 * but that Debian's mingw-w64 DDK headers (ntddk.h / wdm.h) do not declare.
 *
 * This is not a copy of any WDK header. Each declaration below was written from
 * the Microsoft Learn page named in its comment, for syntax checking only.
 * The snippet checker force-includes this file (-include) before every snippet.
 */
#ifndef RZ_DDK_EXTRAS_H
#define RZ_DDK_EXTRAS_H

#include <ntddk.h>

/*
 * Pool tags are written as multi-character constants such as 'kdzR', as the
 * ExAllocatePool2 page describes ("a non-zero character literal of one to four
 * characters delimited by single quotation marks"). MSVC accepts these; gcc
 * warns (-Wmultichar, on by default), which -Werror would turn into an error.
 * Silence only that warning for the snippet that follows this header.
 */
#pragma GCC diagnostic ignored "-Wmultichar"

/*
 * POOL_FLAGS (Microsoft Learn page "POOL_FLAGS"): a ULONG64 whose bits select
 * the pool type and allocation options. The page writes the values with the
 * MSVC suffix UI64; ULL is the same 64-bit constant for gcc.
 */
typedef ULONG64 POOL_FLAGS;

#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL /* Non paged pool NX */
#define POOL_FLAG_PAGED     0x0000000000000100ULL /* Paged pool */

/*
 * DECLSPEC_RESTRICT: in the WDK it expands to MSVC's __declspec(restrict),
 * which promises that the returned pointer is not aliased by any other
 * pointer. mingw's headers do not define it, and gcc does not know
 * __declspec(restrict); gcc's malloc attribute is its closest equivalent.
 */
#ifndef DECLSPEC_RESTRICT
#define DECLSPEC_RESTRICT __attribute__((__malloc__))
#endif

/*
 * ExAllocatePool2 function (wdm.h), declared exactly as its syntax block
 * shows it, with no calling-convention macro:
 *   DECLSPEC_RESTRICT PVOID ExAllocatePool2(POOL_FLAGS Flags,
 *                                           SIZE_T NumberOfBytes,
 *                                           ULONG Tag);
 * Windows 10, version 2004 and later; callable at IRQL <= DISPATCH_LEVEL.
 */
DECLSPEC_RESTRICT
PVOID
ExAllocatePool2(
  POOL_FLAGS Flags,
  SIZE_T NumberOfBytes,
  ULONG Tag);

/* ---- lesson ioctls-and-transfer-methods ---- */

/*
 * MdlMappingNoExecute: a flag that a driver ORs into the MM_PAGE_PRIORITY
 * value it passes to MmGetSystemAddressForMdlSafe (Windows 8 and later) so
 * that the new system mapping is no-execute. Named on the Microsoft Learn page
 * "MmGetSystemAddressForMdlSafe macro (wdm.h)"; the value is the WDK wdm.h one.
 */
#ifndef MdlMappingNoExecute
#define MdlMappingNoExecute 0x40000000
#endif

/* ---- lesson driverentry-and-driver-object ---- */

/*
 * _Dispatch_type_(type): the SAL annotation that goes with a DRIVER_DISPATCH
 * role type declaration and names the IRP_MJ_XXX code the routine serves
 * (Microsoft Learn page "Declaring Functions Using Function Role Types for WDM
 * Drivers"). It only informs Code Analysis and Static Driver Verifier, so for
 * a syntax check it expands to nothing. mingw's sal.h does not define it.
 */
#ifndef _Dispatch_type_
#define _Dispatch_type_(type)
#endif

/* ---- lesson kernel-memory-pools ---- */

/*
 * POOL_FLAG_UNINITIALIZED (Microsoft Learn page "POOL_FLAGS"): a required
 * flag that tells ExAllocatePool2 not to zero the allocation. The value is
 * the one the POOL_FLAGS page lists (0x0000000000000002UI64).
 */
#ifndef POOL_FLAG_UNINITIALIZED
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL /* Don't zero-initialize allocation */
#endif

/* ---- pending-and-cancellation (lesson 12) ------------------------------ */
/*
 * Cancel-safe queue callback role types. mingw's wdm.h declares only the
 * pointer types (PIO_CSQ_INSERT_IRP ...); the WDK also declares the function
 * types, so a driver can write "IO_CSQ_INSERT_IRP MyCsqInsertIrp;". Each is
 * written from its Microsoft Learn page; the pointer types stay mingw's, and
 * each function type here is compatible with the matching pointer type.
 */
#ifndef RZ_HAVE_IO_CSQ_INSERT_IRP
#define RZ_HAVE_IO_CSQ_INSERT_IRP
/* IO_CSQ_INSERT_IRP callback function (wdm.h) */
typedef VOID NTAPI IO_CSQ_INSERT_IRP(struct _IO_CSQ *Csq, PIRP Irp);
#endif
#ifndef RZ_HAVE_IO_CSQ_REMOVE_IRP
#define RZ_HAVE_IO_CSQ_REMOVE_IRP
/* IO_CSQ_REMOVE_IRP callback function (wdm.h) */
typedef VOID NTAPI IO_CSQ_REMOVE_IRP(struct _IO_CSQ *Csq, PIRP Irp);
#endif
#ifndef RZ_HAVE_IO_CSQ_PEEK_NEXT_IRP
#define RZ_HAVE_IO_CSQ_PEEK_NEXT_IRP
/* IO_CSQ_PEEK_NEXT_IRP callback function (wdm.h) */
typedef PIRP NTAPI IO_CSQ_PEEK_NEXT_IRP(struct _IO_CSQ *Csq, PIRP Irp, PVOID PeekContext);
#endif
#ifndef RZ_HAVE_IO_CSQ_ACQUIRE_LOCK
#define RZ_HAVE_IO_CSQ_ACQUIRE_LOCK
/* IO_CSQ_ACQUIRE_LOCK callback function (wdm.h) */
typedef VOID NTAPI IO_CSQ_ACQUIRE_LOCK(struct _IO_CSQ *Csq, PKIRQL Irql);
#endif
#ifndef RZ_HAVE_IO_CSQ_RELEASE_LOCK
#define RZ_HAVE_IO_CSQ_RELEASE_LOCK
/* IO_CSQ_RELEASE_LOCK callback function (wdm.h) */
typedef VOID NTAPI IO_CSQ_RELEASE_LOCK(struct _IO_CSQ *Csq, KIRQL Irql);
#endif
#ifndef RZ_HAVE_IO_CSQ_COMPLETE_CANCELED_IRP
#define RZ_HAVE_IO_CSQ_COMPLETE_CANCELED_IRP
/* IO_CSQ_COMPLETE_CANCELED_IRP callback function (wdm.h) */
typedef VOID NTAPI IO_CSQ_COMPLETE_CANCELED_IRP(struct _IO_CSQ *Csq, PIRP Irp);
#endif
/* ---- end pending-and-cancellation ---------------------------------------- */

/* ---- lesson irql-fundamentals ---- */

/*
 * "#pragma alloc_text(PAGE, Routine)" puts a driver routine in a pageable
 * section whose name begins with PAGE (Microsoft Learn pages "Making Drivers
 * Pageable" and "MmLockPagableCodeSection macro (wdm.h)"). It is an MSVC
 * pragma; gcc does not know it and -Wall reports it as an unknown pragma,
 * which -Werror would turn into an error. Silence only that warning, as the
 * -Wmultichar line above does for pool tags.
 */
#pragma GCC diagnostic ignored "-Wunknown-pragmas"
/* ---- end irql-fundamentals ---- */

#endif /* RZ_DDK_EXTRAS_H */
