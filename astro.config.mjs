// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { THEME_INIT_SCRIPT } from './src/components/theme/theme-init.mjs';
import { base, outDir, site } from './src/config/deploy-env.mjs';
import { DEFAULT_LANG, localizedPath } from './src/i18n/index.ts';
import bareDynamicImports from './src/integrations/bare-dynamic-imports.ts';
import cspMetaFirst from './src/integrations/csp-meta-first.ts';
import lineEndings from './src/integrations/line-endings.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import { contentDirectory, loadValidContent, translationFolders } from './src/node/content-folder.ts';

/*
 * Deployment settings come from the environment (src/config/deploy-env.mjs, shared with the
 * build checks) so one build script serves every host: SITE_URL is the public origin (canonical
 * URLs, copied links, sitemap), BASE_PATH the sub-path the site is served under (e.g. `/raci/`),
 * OUT_DIR where the static site is written.
 */

const root = new URL('.', import.meta.url);

/**
 * The languages of the content's editions: the primary edition's at the root, each translation's
 * (`content/fr/`) under its own prefix. Astro's i18n routing gives every page its `currentLocale`.
 */
const langs = [DEFAULT_LANG, ...translationFolders(contentDirectory(root)).map((folder) => path.basename(folder))];

/**
 * Redirect pages of renamed pages (content/aliases.yaml), in every edition, and the translations'
 * not-found pages stay out of the sitemap. Asked when the sitemap is written, after the content
 * loaders validated the content (same cached reading).
 */
const isRedirectOrNotFound = (/** @type {string} */ page) => {
  const aliases = Object.keys(loadValidContent(contentDirectory(root), fileURLToPath(root)).aliases.pages);
  const hidden = langs.flatMap((lang) => [...aliases, '/404/'].map((alias) => localizedPath(alias, lang)));
  return hidden.some((path) => new URL(`${base}/${path}`.replace(/\/+/g, '/'), site).href === page);
};

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
  i18n: { locales: langs, defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    pagefind(),
    // Every page's other editions as hreflang alternates (and x-default, the primary edition).
    sitemap({
      filter: (page) => !isRedirectOrNotFound(page),
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(langs.map((lang) => [lang, lang])) },
    }),
    cspMetaFirst(),
    precompress(),
  ],
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
