#include <ntddk.h>
/*
 * rzioctl.h: the one header that the driver and its application share.
 * (The application gets CTL_CODE and the METHOD_ and FILE_ constants from
 * <winioctl.h>; the driver gets them from ntddk.h or wdm.h.)
 */

/* Vendor device type: 0x8000-0xFFFF. The driver passes the same value to
   IoCreateDevice, so the IOCTLs match the device object's DeviceType. */
#define FILE_DEVICE_RZ 0x8001u

#define IOCTL_RZ_GET_VERSION \
    CTL_CODE(FILE_DEVICE_RZ, 0x800, METHOD_BUFFERED, FILE_READ_DATA)
#define IOCTL_RZ_SET_CONFIG \
    CTL_CODE(FILE_DEVICE_RZ, 0x801, METHOD_BUFFERED, FILE_READ_DATA | FILE_WRITE_DATA)
#define IOCTL_RZ_WRITE_BLOCK \
    CTL_CODE(FILE_DEVICE_RZ, 0x802, METHOD_IN_DIRECT, FILE_WRITE_DATA)
#define IOCTL_RZ_READ_BLOCK \
    CTL_CODE(FILE_DEVICE_RZ, 0x803, METHOD_OUT_DIRECT, FILE_READ_DATA)

/* What the macro produces, checked by the compiler. */
C_ASSERT(IOCTL_RZ_GET_VERSION == 0x80016000);
C_ASSERT(IOCTL_RZ_SET_CONFIG == 0x8001E004);
C_ASSERT(IOCTL_RZ_WRITE_BLOCK == 0x8001A009);
C_ASSERT(IOCTL_RZ_READ_BLOCK == 0x8001600E);

/* Decoding goes the other way: */
C_ASSERT(DEVICE_TYPE_FROM_CTL_CODE(IOCTL_RZ_SET_CONFIG) == FILE_DEVICE_RZ);
C_ASSERT(METHOD_FROM_CTL_CODE(IOCTL_RZ_READ_BLOCK) == METHOD_OUT_DIRECT);

typedef struct _RZ_VERSION_INFO {   /* output of IOCTL_RZ_GET_VERSION */
    ULONG Major;
    ULONG Minor;
} RZ_VERSION_INFO, *PRZ_VERSION_INFO;

typedef struct _RZ_CONFIG {         /* input of IOCTL_RZ_SET_CONFIG */
    ULONG SampleRateHz;
    ULONG Flags;
} RZ_CONFIG, *PRZ_CONFIG;
