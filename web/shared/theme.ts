// Theme preference: "system" leaves <html> without data-theme so the CSS media query decides
// before any script runs (no flash of the wrong theme); an explicit choice sets data-theme.
export type ThemePref = 'system' | 'light' | 'dark';

const KEY = 'switchyard.theme';
const ORDER: ThemePref[] = ['system', 'light', 'dark'];

export function loadTheme(): ThemePref {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(pref: ThemePref): void {
  const root = document.documentElement;
  if (pref === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = pref;
  try {
    if (pref === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, pref);
  } catch {
    // Not persisted; the choice still applies to this page.
  }
}

export function nextTheme(pref: ThemePref): ThemePref {
  return ORDER[(ORDER.indexOf(pref) + 1) % ORDER.length] ?? 'system';
}
