'use client';

import { useEffect } from 'react';
import { courseStore } from '@/lib/store/course-store';
import { STORAGE_KEY } from '@/lib/store/keys';

/**
 * Reads saved progress after the first render (so server HTML and client agree), and re-reads
 * it whenever another tab saves.
 */
export function StoreHydrator() {
  useEffect(() => {
    void courseStore.persist.rehydrate();
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY || event.key === null) void courseStore.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return null;
}
