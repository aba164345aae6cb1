import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check-links.mjs';

const work = mkdtempSync(path.join(tmpdir(), 'raci-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes a tiny built site: `files` maps a path under the folder to its content. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(work, 'site-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

test('passes when every internal link, asset and #fragment resolves, and ignores other origins', () => {
  const dir = site({
    'index.html': page(
      '<a href="/phases/one/#row-1">row</a><h1 id="top">t</h1><a href="#top">top</a><a href="https://example.com/x">elsewhere</a><a href="mailto:a@b.c">mail</a>',
      '<link rel="stylesheet" href="/_astro/a.css"><meta property="og:image" content="https://raci.example.org/og/a.png">',
    ),
    'phases/one/index.html': page('<h1 id="top">x</h1><table><tr id="row-1"></tr></table><a href="../../">home</a>'),
    '_astro/a.css': '',
    'og/a.png': '',
  });
  expect(checkLinks(dir, 'https://raci.example.org', '/')).toEqual([]);
});

test('reports missing pages, missing fragments and missing assets, one line each', () => {
  const dir = site({
    'index.html': page('<a href="/gone/">gone</a><a href="/phases/one/#no-such-row">row</a><img src="/og/missing.png" alt="">'),
    'phases/one/index.html': page('<a href="#nowhere">x</a>', '<link rel="canonical" href="https://raci.example.org/phases/two/">'),
  });
  expect(checkLinks(dir, 'https://raci.example.org', '/')).toEqual([
    'index.html: /gone/ → no such file',
    'index.html: /phases/one/#no-such-row → no element with id "no-such-row" on that page',
    'index.html: /og/missing.png → no such file',
    'phases/one/index.html: #nowhere → no element with id "nowhere" on that page',
    'phases/one/index.html: https://raci.example.org/phases/two/ → no such file',
  ]);
});

test('under a base path, a link that forgets the base is broken even if the file exists', () => {
  const dir = site({
    'index.html': page('<a href="/raci/phases/one/">ok</a><a href="/phases/one/">forgot the base</a><a href="phases/one/">relative</a>'),
    'phases/one/index.html': page('<a href="/raci/">home</a>'),
  });
  expect(checkLinks(dir, 'https://raci.example.org', '/raci/')).toEqual(['index.html: /phases/one/ → outside the base /raci/']);
});
