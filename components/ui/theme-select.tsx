'use client';

import { useEffect, useId } from 'react';
import { useCourseStore } from '@/lib/store/course-store';
import { type ThemeChoice, resolveTheme } from '@/lib/theme/theme-script';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };

/** Theme: follow the OS by default, or the reader's choice; applied to <html> at once and saved. */
export function ThemeSelect() {
  const id = useId();
  const hydrated = useCourseStore((s) => s.hydrated);
  const choice = useCourseStore((s) => s.settings.theme);
  const setTheme = useCourseStore((s) => s.setTheme);

  useEffect(() => {
    if (!hydrated) return;
    const apply = () => {
      document.documentElement.dataset.themeChoice = choice;
      document.documentElement.dataset.theme = resolveTheme(choice);
    };
    apply();
    if (choice !== 'system') return;
    const queries = [window.matchMedia('(prefers-color-scheme: dark)'), window.matchMedia('(prefers-contrast: more)')];
    for (const q of queries) q.addEventListener('change', apply);
    return () => queries.forEach((q) => q.removeEventListener('change', apply));
  }, [hydrated, choice]);

  return (
    <span className="theme-select">
      <label htmlFor={id}>Theme</label>{' '}
      <select id={id} value={choice} onChange={(e) => setTheme(e.target.value as ThemeChoice)} disabled={!hydrated}>
        {(Object.keys(LABELS) as ThemeChoice[]).map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </select>
    </span>
  );
}
