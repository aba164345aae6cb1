// The one inline script of the site: it applies a stored explicit theme before first paint, so
// there is no flash of the wrong theme. Kept here as a string so that astro.config.mjs can hash
// the exact bytes for the Content-Security-Policy.
export const THEME_STORAGE_KEY = 'raci-theme';

export const THEME_INIT_SCRIPT = `try{const t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
