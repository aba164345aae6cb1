import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { sitemapPaths } from '../../scripts/lib/built-site.mjs';

test('sitemap paths follow the sitemap index to each sitemap it names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'raci-sitemap-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  expect(sitemapPaths(dir)).toEqual([]);
  writeFileSync(
    path.join(dir, 'sitemap-index.xml'),
    '<sitemapindex><sitemap><loc>https://x.org/raci/sitemap-0.xml</loc></sitemap></sitemapindex>',
  );
  writeFileSync(
    path.join(dir, 'sitemap-0.xml'),
    '<urlset><url><loc>https://x.org/raci/</loc></url><url><loc>https://x.org/raci/phases/1-a/</loc></url></urlset>',
  );
  expect(sitemapPaths(dir)).toEqual(['/raci/', '/raci/phases/1-a/']);
});
