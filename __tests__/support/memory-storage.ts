import type { KeyValueStorage } from '@/lib/store/safe-storage';

/** An in-memory Web Storage stand-in; `failWrites` makes setItem throw like a full quota. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const control = { failWrites: false, writes: 0 };
  const storage: KeyValueStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (control.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      control.writes += 1;
      items.set(key, String(value));
    },
  };
  return { storage, items, control };
}
