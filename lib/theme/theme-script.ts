import { STORAGE_KEY } from '@/lib/store/keys';

/**
 * Runs in <head> before the first paint: resolves the reader's theme (their saved choice, or the
 * OS preference) and sets data-theme on <html>, so no page ever flashes the wrong theme.
 * It only reads storage, inside try/catch, and tolerates any stored shape.
 */
export const THEME_SCRIPT = `(function(){try{var c='system';try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||'null');var t=s&&s.state&&s.state.settings&&s.state.settings.theme;if(t==='light'||t==='dark'||t==='high-contrast'||t==='system')c=t;}catch(e){}var d=document.documentElement;d.dataset.themeChoice=c;d.dataset.theme=c==='system'?(matchMedia('(prefers-contrast: more)').matches?'high-contrast':matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'):c;}catch(e){}})();`;

export type ThemeChoice = 'system' | 'light' | 'dark' | 'high-contrast';
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

/** The theme a choice resolves to now. */
export function resolveTheme(choice: ThemeChoice): ResolvedTheme {
  if (choice !== 'system') return choice;
  if (window.matchMedia('(prefers-contrast: more)').matches) return 'high-contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
