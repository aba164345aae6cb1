/** Browser side of ThemeSelect.astro: the reader's theme choice, applied and remembered. */
import { THEME_STORAGE_KEY as STORAGE_KEY } from './theme-init.mjs';

type Theme = 'auto' | 'light' | 'dark';

const isExplicit = (value: string | null): value is 'light' | 'dark' => value === 'light' || value === 'dark';

/**
 * The browser may refuse storage (blocked cookies and site data, some private modes): reading or
 * even naming `localStorage` then throws a SecurityError. The choice then lasts for the page only.
 */
function storedTheme(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeTheme(theme: Theme): void {
  try {
    if (isExplicit(theme)) window.localStorage.setItem(STORAGE_KEY, theme);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered; still applied below.
  }
}

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    const stored = storedTheme();
    select.value = isExplicit(stored) ? stored : 'auto';
    select.addEventListener('change', () => this.#apply(select.value as Theme));
  }

  #apply(theme: Theme) {
    storeTheme(theme);
    if (isExplicit(theme)) document.documentElement.dataset['theme'] = theme;
    else delete document.documentElement.dataset['theme'];
  }
}
customElements.define('theme-select', ThemeSelect);
