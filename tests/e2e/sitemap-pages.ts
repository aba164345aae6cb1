import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every page the built site lists in its sitemap, as a path from the site root (`/phases/…/`).
 * Read when the tests are collected, so each page gets its own named test.
 */
export function sitemapPages(): string[] {
  const file = path.join(process.env.OUT_DIR ?? 'dist', 'sitemap-0.xml');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build the site first (npm run build, or npm test which builds).`);
  }
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  if (pages.length === 0) throw new Error(`${file} lists no pages.`);
  return pages;
}
