import { statSync } from 'node:fs';
import path from 'node:path';
import { sitemapPaths } from '../../scripts/lib/built-site.mjs';

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

/**
 * The page templates of the site: pages of one template are rendered by the same code from data of
 * the same shape, so what a structural check (axe, layout) finds on one it finds on all. Ordered
 * from the most specific pattern to the least.
 */
const TEMPLATES: readonly [name: string, pattern: RegExp][] = [
  ['full matrix', /^\/$/],
  ['search', /^\/search\/$/],
  ['phase', /^\/phases\/[^/]+\/$/],
  ['section', /^\/sections\/[^/]+\/$/],
  ['party checklist', /^\/parties\/[^/]+\/checklist\/$/],
  ['party view', /^\/parties\/[^/]+\/$/],
  ['party role', /^\/parties\/[^/]+\/[^/]+\/$/],
  ['changes', /^\/changes\/$/],
  ['release changes', /^\/changes\/[^/]+\/$/],
  ['guides', /^\/guides\/$/],
  ['guide', /^\/guides\/[^/]+\/$/],
];

export function templateOf(pagePath: string): string {
  const template = TEMPLATES.find(([, pattern]) => pattern.test(pagePath));
  if (!template) throw new Error(`${pagePath} matches no page template: add its template to tests/e2e/sitemap-pages.ts`);
  return template[0];
}

/**
 * One page per template of the sitemap: the largest built page of each, the one with the most to
 * check. Every sitemap page must belong to a known template, so a new kind of page is never skipped.
 */
export function pagePerTemplate(): string[] {
  const size = (pagePath: string) => statSync(path.join(dir(), pagePath, 'index.html')).size;
  const largest = new Map<string, string>();
  for (const pagePath of sitemapPages()) {
    const template = templateOf(pagePath);
    const current = largest.get(template);
    if (current === undefined || size(pagePath) > size(current)) largest.set(template, pagePath);
  }
  return [...largest.values()];
}
