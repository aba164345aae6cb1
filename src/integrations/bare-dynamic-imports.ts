import type { Plugin } from 'vite';

/** The module Vite imports into every script with a dynamic `import()` (vitejs/vite#18551). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic `import()` in a helper (1.8 KB, one more request on every page) that
 * loads the imported chunk's own stylesheets and preloads its dependencies. This build has neither
 * (one stylesheet for the site, `modulePreload: false`), so the helper is replaced by the bare
 * import. Scripts load what they need when they need it: the search module, the copy-link button.
 */
export default function bareDynamicImports(): Plugin {
  return {
    name: 'raci-bare-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
