import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { pagePerTemplate, sitemapPaths, templateOf } from '../../scripts/lib/built-site.mjs';

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

test('one page per template: the largest of each, and a page of no template fails', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'raci-templates-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const page = (pagePath: string, bytes: number) => {
    mkdirSync(path.join(dir, pagePath), { recursive: true });
    writeFileSync(path.join(dir, pagePath, 'index.html'), 'x'.repeat(bytes));
  };
  const sitemap = (paths: string[]) =>
    writeFileSync(
      path.join(dir, 'sitemap.xml'),
      `<urlset>${paths.map((p) => `<url><loc>https://x.org${p}</loc></url>`).join('')}</urlset>`,
    );
  const paths = [
    '/',
    '/parties/customer/',
    '/parties/ovhcloud/',
    '/parties/customer/responsible/',
    '/parties/customer/checklist/',
    '/phases/1-a/',
    '/phases/3-c/',
  ];
  paths.forEach((p, index) => {
    page(p, 10 + index);
  });
  sitemap(paths);
  expect(templateOf('/parties/customer/checklist/')).toBe('party checklist');
  expect(templateOf('/parties/customer/responsible/')).toBe('party role');
  expect(templateOf('/fr/parties/customer/responsible/')).toBe('party role (fr)');
  expect(templateOf('/fr/')).toBe('full matrix (fr)');
  expect(templateOf('/fr/parties/customer/checklist/')).toBe('party checklist (fr)');
  expect(() => templateOf('/fr/elsewhere/')).toThrow('/fr/elsewhere/ matches no page template');
  expect(pagePerTemplate(dir)).toEqual([
    '/',
    '/parties/ovhcloud/',
    '/parties/customer/responsible/',
    '/parties/customer/checklist/',
    '/phases/3-c/',
  ]);
  sitemap([...paths, '/elsewhere/']);
  page('/elsewhere/', 1);
  expect(() => pagePerTemplate(dir)).toThrow('/elsewhere/ matches no page template');
});
