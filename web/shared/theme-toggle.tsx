import { useState } from 'preact/hooks';
import { applyTheme, loadTheme, nextTheme, type ThemePref } from './theme.js';

const LABEL: Record<ThemePref, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const ICON: Record<ThemePref, string> = { system: '◐', light: '☀', dark: '☾' };

export function ThemeToggle() {
  const [pref, setPref] = useState<ThemePref>(loadTheme);
  const toggle = () => {
    const next = nextTheme(pref);
    applyTheme(next);
    setPref(next);
  };
  return (
    <button type="button" class="icon-button" onClick={toggle} title={LABEL[pref]} aria-label={LABEL[pref]}>
      <span aria-hidden="true">{ICON[pref]}</span>
    </button>
  );
}

/** Applies the stored preference at startup; call before the first render. */
export function initTheme(): void {
  applyTheme(loadTheme());
}
