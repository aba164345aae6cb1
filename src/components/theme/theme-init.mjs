// The one inline script of the site, run before first paint: it applies a stored explicit theme
// (no flash of the wrong theme) and marks <html> with `js`, so that parts shown only with or only
// without JavaScript take their place at once (no layout shift). Kept here as a string so that
// astro.config.mjs can hash the exact bytes for the Content-Security-Policy.
export const THEME_STORAGE_KEY = 'raci-theme';

export const THEME_INIT_SCRIPT = `document.documentElement.classList.add('js');try{const t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
