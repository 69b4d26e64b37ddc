'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** True when a key press belongs to something the reader is typing in. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest('input, textarea, select, [contenteditable="true"], .monaco-editor'));
}

/** "/" or Ctrl+K (Cmd+K) opens search from anywhere. */
export function SearchShortcut() {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target);
      const ctrlK = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (!slash && !ctrlK) return;
      e.preventDefault();
      const here = document.getElementById('search-input');
      if (here) here.focus();
      else router.push('/search/');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router]);
  return null;
}
