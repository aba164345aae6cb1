// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { THEME_INIT_SCRIPT } from './src/components/theme/theme-init.mjs';
import { base, outDir, site } from './src/config/deploy-env.mjs';
import bareDynamicImports from './src/integrations/bare-dynamic-imports.ts';
import cspMetaFirst from './src/integrations/csp-meta-first.ts';
import lineEndings from './src/integrations/line-endings.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import { contentDirectory, loadValidContent } from './src/node/content-folder.ts';

/*
 * Deployment settings come from the environment (src/config/deploy-env.mjs, shared with the
 * build checks) so one build script serves every host: SITE_URL is the public origin (canonical
 * URLs, copied links, sitemap), BASE_PATH the sub-path the site is served under (e.g. `/raci/`),
 * OUT_DIR where the static site is written.
 */

const root = new URL('.', import.meta.url);

/**
 * Redirect pages of renamed pages (content/aliases.yaml) stay out of the sitemap. Asked when the
 * sitemap is written, after the content loaders validated the content (same cached reading).
 */
const isRedirectPage = (/** @type {string} */ page) =>
  Object.keys(loadValidContent(contentDirectory(root), fileURLToPath(root)).aliases.pages).some(
    (path) => new URL(`${base}/${path}`.replace(/\/+/g, '/'), site).href === page,
  );

/** Hash of the inline theme script, the only script Astro does not hash by itself. */
const themeScriptHash = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // No code blocks in this content; Shiki's inline styles would also break the strict CSP.
  markdown: { syntaxHighlight: false },
  // Every page links the site's one hashed stylesheet, fetched once and cached for the other
  // pages, rather than inlining it into each (docs/benchmark.md compares both).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // cspMetaFirst rewrites every page (the policy before any script); precompress last: it
  // compresses what the others wrote.
  integrations: [mdx(), pagefind(), sitemap({ filter: (page) => !isRedirectPage(page) }), cspMetaFirst(), precompress()],
  security: {
    // A strict policy in a <meta> on every page: only this origin, hashed inline code, no
    // 'unsafe-inline'. 'wasm-unsafe-eval' lets the search index's WebAssembly run.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [/** @type {`sha256-${string}`} */ (themeScriptHash)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [lineEndings(), tailwindcss(), bareDynamicImports()],
    // One stylesheet for the whole site; no module preloading (see bare-dynamic-imports.ts). The
    // XLSX writer (exceljs, about 930 KB) is one chunk on purpose, loaded only when a reader
    // exports a spreadsheet: every other chunk stays far below the warning limit.
    build: { cssCodeSplit: false, modulePreload: false, chunkSizeWarningLimit: 1000 },
  },
});
