import type { LabErrorCode } from './lab-types';

const ref = (title: string, url: string) => ({ title, url });
const SPIN_INTRO = ref('Introduction to Spin Locks', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/introduction-to-spin-locks');
const KE_ACQUIRE = ref('KeAcquireSpinLock macro (wdm.h)', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-keacquirespinlock');
const PRIORITIES = ref('Managing Hardware Priorities', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/managing-hardware-priorities');
const KE_RELEASE = ref('KeReleaseSpinLock macro (wdm.h)', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-kereleasespinlock');
const FAST_MUTEXES = ref('Fast Mutexes and Guarded Mutexes', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/fast-mutexes-and-guarded-mutexes');
const DEADLOCKS = ref('Preventing Errors and Deadlocks While Using Spin Locks', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/kernel/preventing-errors-and-deadlocks-while-using-spin-locks');

/** The title and sources of each error the IRQL and lock lab can detect. */
export const LAB_ERRORS: Record<LabErrorCode, { title: string; references: { title: string; url: string }[] }> = {
  'paged-at-dispatch': {
    title: 'Paged memory touched at DISPATCH_LEVEL or above',
    references: [ref('Bug Check 0xD1: DRIVER_IRQL_NOT_LESS_OR_EQUAL', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/debugger/bug-check-0xd1--driver-irql-not-less-or-equal'), ref('Bug Check 0xA: IRQL_NOT_LESS_OR_EQUAL', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/debugger/bug-check-0xa--irql-not-less-or-equal'), PRIORITIES],
  },
  'wait-at-dispatch': {
    title: 'A wait that may block, at DISPATCH_LEVEL',
    references: [ref('KeWaitForSingleObject function (wdm.h)', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-kewaitforsingleobject'), PRIORITIES],
  },
  'recursive-acquire': { title: 'A lock acquired again by its holder', references: [KE_ACQUIRE, DEADLOCKS, FAST_MUTEXES] },
  'lock-order-deadlock': { title: 'Two processors taking two locks in opposite order', references: [DEADLOCKS, SPIN_INTRO] },
  'wrong-old-irql': { title: 'Released with the wrong old IRQL', references: [KE_RELEASE, KE_ACQUIRE, PRIORITIES] },
  'released-out-of-order': { title: 'Spin locks released out of order', references: [KE_RELEASE, KE_ACQUIRE] },
  'routine-above-irql': {
    title: 'A routine called above its documented IRQL',
    references: [PRIORITIES, FAST_MUTEXES],
  },
  'raise-below-current': { title: 'KeRaiseIrql to a lower IRQL', references: [ref('KeRaiseIrql macro (wdm.h)', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-keraiseirql')] },
  'lower-above-current': { title: 'KeLowerIrql to a higher IRQL', references: [ref('KeLowerIrql macro (wdm.h)', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-kelowerirql')] },
  'at-dpc-below-dispatch': { title: 'KeAcquireSpinLockAtDpcLevel below DISPATCH_LEVEL', references: [ref('KeAcquireSpinLockAtDpcLevel macro (wdm.h)', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/ddi/wdm/nf-wdm-keacquirespinlockatdpclevel'), PRIORITIES] },
  'not-held': { title: 'Releasing a lock that is not held', references: [SPIN_INTRO] },
};
