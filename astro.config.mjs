// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { base, outDir, site } from './scripts/lib/deploy-env.mjs';
import { loadAliases } from './src/lib/site/aliases.ts';

/*
 * Deployment settings come from the environment (scripts/lib/deploy-env.mjs, shared with the
 * build checks) so one build script serves every host: SITE_URL is the public origin (canonical
 * URLs, copied links, sitemap), BASE_PATH the sub-path the site is served under (e.g. `/raci/`),
 * OUT_DIR where the static site is written.
 */

/** Redirect pages of renamed pages (content/aliases.yaml) stay out of the sitemap. */
const redirectPages = Object.keys(loadAliases().pages).map((path) => new URL(`${base}/${path}`.replace(/\/+/g, '/'), site).href);

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !redirectPages.includes(page) })],
  vite: { plugins: [tailwindcss()] },
});
