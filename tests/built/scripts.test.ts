import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/built-site.mjs';
import { builtDir, builtHtmlPages } from './built-dir';

/**
 * The behaviour every page shares is one module (src/components/SiteScripts.astro): one request,
 * cached for every other page. Page-specific modules come after it; no small module is inlined.
 */
const pages = builtHtmlPages();
const layoutPages = pages.filter(({ html }) => html.includes('class="site-header'));

const modulesOf = (html: string) => parse(html).querySelectorAll('script[type="module"]');

test('every page of the site layout loads the same site module, and no inline module', () => {
  // Every page but the redirects of renamed pages (content/aliases.yaml).
  const others = pages.filter((page) => !layoutPages.includes(page));
  expect(others.filter(({ html }) => !html.includes('http-equiv="refresh"')).map(({ file }) => file)).toEqual([]);
  expect(layoutPages.length).toBeGreaterThan(others.length);
  const siteModules = new Set<string>();
  for (const { file, html } of layoutPages) {
    const modules = modulesOf(html);
    expect(
      modules.filter((script) => !script.getAttribute('src')).map((script) => script.text.slice(0, 60)),
      file,
    ).toEqual([]);
    const site = modules
      .map((script) => script.getAttribute('src') ?? '')
      .filter((src) => /\/SiteScripts\.astro_astro_type_script/.test(src));
    expect(site, file).toHaveLength(1);
    siteModules.add(site[0] ?? '');
  }
  expect(siteModules.size).toBe(1);
});

test("no script carries Vite's list of files to preload, which this build never preloads", () => {
  const scripts = listFiles(builtDir).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(5);
  const listing = scripts.filter((file) => readFileSync(path.join(builtDir, file), 'utf8').includes('__vite__mapDeps'));
  expect(listing).toEqual([]);
});
