// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

/**
 * Deployment settings come from the environment so one build script serves every host:
 * SITE_URL is the public origin (canonical URLs, copied links, sitemap), BASE_PATH the sub-path
 * the site is served under (e.g. `/raci/`), OUT_DIR where the static site is written.
 */
const site = process.env.SITE_URL ?? 'https://raci.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
});
