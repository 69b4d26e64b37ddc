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

#endif /* RZ_DDK_EXTRAS_H */
