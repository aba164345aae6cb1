import { pagePerTemplate as largestPerTemplate, sitemapPaths } from '../../scripts/lib/built-site.mjs';

export { templateOf } from '../../scripts/lib/built-site.mjs';

const dir = () => process.env.OUT_DIR ?? 'dist';

/**
 * Every page the built site lists in its sitemap, as a path from the site root (`/phases/…/`).
 * Read when the tests are collected, so each page gets its own named test.
 */
export function sitemapPages(): string[] {
  const pages = sitemapPaths(dir());
  if (pages.length === 0)
    throw new Error(`${dir()} has no sitemap listing pages: build the site first (npm run build, or npm test which builds).`);
  return pages;
}

/** One page per template of the sitemap (scripts/lib/built-site.mjs): the largest of each. */
export function pagePerTemplate(): string[] {
  sitemapPages();
  return largestPerTemplate(dir());
}
