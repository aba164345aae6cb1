import { sitemapPaths } from '../../scripts/lib/built-site.mjs';

/**
 * Every page the built site lists in its sitemap, as a path from the site root (`/phases/…/`).
 * Read when the tests are collected, so each page gets its own named test.
 */
export function sitemapPages(): string[] {
  const dir = process.env.OUT_DIR ?? 'dist';
  const pages = sitemapPaths(dir);
  if (pages.length === 0)
    throw new Error(`${dir} has no sitemap listing pages: build the site first (npm run build, or npm test which builds).`);
  return pages;
}
