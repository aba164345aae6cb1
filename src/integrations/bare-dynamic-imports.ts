import type { Plugin } from 'vite';

/** The module Vite imports into every script with a dynamic `import()` (vitejs/vite#18551). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** The list of files to preload Vite writes at the top of such a script, and its uses. */
const MAP_DEPS_DECLARATION = /^const __vite__mapDeps=.*\n/m;
const MAP_DEPS_CALL = /__vite__mapDeps\(\[[\d,]*\]\)/g;

/**
 * Vite wraps each dynamic `import()` in a helper (1.8 KB, one more request on every page) that
 * loads the imported chunk's own stylesheets and preloads its dependencies, listed at the top of
 * the script. This build has neither (one stylesheet for the site, no module preloading), so the
 * helper is replaced by the bare import, and the list, which Vite writes even so, is dropped.
 * Scripts load what they need when they need it: the search module, the copy-link button.
 */
export default function bareDynamicImports(): Plugin {
  return {
    name: 'raci-bare-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !MAP_DEPS_DECLARATION.test(chunk.code)) continue;
          chunk.code = chunk.code.replace(MAP_DEPS_DECLARATION, '').replace(MAP_DEPS_CALL, '[]');
        }
      },
    },
  };
}
