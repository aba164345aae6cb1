import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type APIResponse, expect, test } from '@playwright/test';
import { listFiles } from '../../scripts/lib/built-site.mjs';
import { normalizedBase } from '../../src/config/deploy-env.mjs';
import { MIN_BYTES as PRECOMPRESS_MIN_BYTES } from '../../src/integrations/precompress';
import { sitemapPages } from './sitemap-pages';

/**
 * The site over HTTP, as the server in front of it sends it: scripts/serve.mjs in the main run
 * (npm start's server), nginx with the shipped deploy/nginx/raci.conf in the nginx run
 * (playwright.nginx.config.ts). Header checks use plain requests; expected values are written here
 * by hand, not read from the module that generates them.
 */
const dist = process.env.OUT_DIR ?? 'dist';
const base = normalizedBase();

const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${what}: ${name}`).toBe(value);
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions, what).toContain(`${feature}=()`);
  // The copy-link buttons write to the clipboard.
  expect(permissions, what).not.toContain('clipboard-write');
}

const get = (request: { get: (url: string, options?: object) => Promise<APIResponse> }, url: string, encoding = 'br, gzip') =>
  request.get(url, { headers: { 'Accept-Encoding': encoding }, maxRedirects: 0 });

for (const page of sitemapPages()) {
  test(`${page}: security headers, Brotli, revalidated`, async ({ request }) => {
    const response = await get(request, page, 'br');
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, page);
    const headers = response.headers();
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['vary']).toContain('Accept-Encoding');
    expect(headers['cache-control']).toBe('no-cache');
  });
}

test('an unknown address gets the 404 page, with status 404 and the headers', async ({ request }) => {
  // Under a base path, addresses outside it get the site's 404 page too.
  const outside = base === '/' ? [] : ['/no-such-page/'];
  for (const unknown of [`${base}no-such-page/`, `${base}_astro/no-such-file.js`, ...outside]) {
    const response = await get(request, unknown);
    expect(response.status(), unknown).toBe(404);
    expectSecurityHeaders(response, unknown);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await response.text()).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  }
  // Under /fr/, the French edition's own not-found page.
  const french = await get(request, `${base}fr/no-such-page/`);
  expect(french.status()).toBe(404);
  expectSecurityHeaders(french, 'French 404');
  const html = await french.text();
  expect(html).toContain('<html lang="fr">');
  expect(html).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
});

test('clients without Brotli get the gzip copies, others the plain files', async ({ request }) => {
  for (const path of [base, `${base}exports/raci-matrix.csv`]) {
    const gzip = await get(request, path, 'gzip');
    expect(gzip.headers()['content-encoding'], path).toBe('gzip');
    const plain = await get(request, path, 'identity');
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
  }
  expect(await (await get(request, base, 'gzip')).text()).toContain('<h1');
});

test('a folder address without its trailing slash is redirected to it', async ({ request }) => {
  const response = await get(request, `${base}phases/3-service-usage`);
  expect(response.status()).toBe(301);
  expect(new URL(response.headers()['location'] ?? '', 'http://host').pathname).toBe(`${base}phases/3-service-usage/`);
  expectSecurityHeaders(response, 'redirect');
});

test('JavaScript files: Brotli (when the build compressed them), immutable when hashed', async ({ request }) => {
  const scripts = listFiles(dist).filter((file) => /^(_astro\/[^/]+|pagefind\/pagefind[^/]*)\.js$/.test(file));
  const large = scripts.filter((file) => statSync(path.join(dist, file)).size >= PRECOMPRESS_MIN_BYTES);
  expect(large.length).toBeGreaterThan(3);
  for (const file of scripts) {
    const response = await get(request, `${base}${file}`, 'br');
    expect(response.status(), file).toBe(200);
    expectSecurityHeaders(response, file);
    expect(response.headers()['content-type'], file).toBe('text/javascript; charset=utf-8');
    expect(response.headers()['content-encoding'], file).toBe(large.includes(file) ? 'br' : undefined);
    expect(response.headers()['cache-control'], file).toBe(file.startsWith('_astro/') ? IMMUTABLE : 'no-cache');
  }
});

test('exports, Pagefind files, sitemap and icons have their types, and caching by name', async ({ request }) => {
  const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const metaHash = Object.values(entry.languages)[0]?.hash;
  const files = listFiles(dist);
  const first = (pattern: RegExp) => files.find((file) => pattern.test(file)) ?? `missing ${pattern}`;
  const expected: [string, string, string][] = [
    ['exports/raci-matrix.csv', 'text/csv; charset=utf-8', 'no-cache'],
    ['exports/raci-matrix.json', 'application/json', 'no-cache'],
    ['sitemap-index.xml', 'application/xml', 'no-cache'],
    ['favicon.svg', 'image/svg+xml', 'no-cache'],
    ['og/matrix.png', 'image/png', 'no-cache'],
    ['pagefind/pagefind-entry.json', 'application/json', 'no-cache'],
    [`pagefind/pagefind.${metaHash}.pf_meta`, 'application/octet-stream', IMMUTABLE],
    [first(/^pagefind\/fragment\/.+\.pf_fragment$/), 'application/octet-stream', IMMUTABLE],
    [first(/^pagefind\/index\/.+\.pf_index$/), 'application/octet-stream', IMMUTABLE],
    [first(/^pagefind\/filter\/.+\.pf_filter$/), 'application/octet-stream', IMMUTABLE],
    [first(/^pagefind\/wasm\.[^/]+\.pagefind$/), 'application/octet-stream', 'no-cache'],
  ];
  for (const [file, type, cache] of expected) {
    const response = await get(request, `${base}${file}`);
    expect(response.status(), file).toBe(200);
    expectSecurityHeaders(response, file);
    expect(response.headers()['content-type'], file).toBe(type);
    expect(response.headers()['cache-control'], file).toBe(cache);
    // Pagefind unpacks its files itself: they must arrive as stored.
    if (file.startsWith('pagefind/') && !file.endsWith('.json')) expect(response.headers()['content-encoding'], file).toBeUndefined();
  }
});

test('spreadsheet exports, party exports and the changes feed have their types', async ({ request }) => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  // Named, not discovered: a file missing from the build fails here.
  const expected: [string, string][] = [
    ['exports/raci-matrix.xlsx', XLSX],
    ['exports/parties/customer.xlsx', XLSX],
    ['exports/parties/ovhcloud.xlsx', XLSX],
    ['exports/parties/customer.csv', 'text/csv; charset=utf-8'],
    ['exports/parties/ovhcloud.json', 'application/json'],
    ['exports/releases/2026-06-11.json', 'application/json'],
    ['changes.xml', 'application/atom+xml'],
  ];
  for (const [file, type] of expected) {
    const response = await get(request, `${base}${file}`);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type'], file).toBe(type);
  }
});

test('the browser enforces the CSP header too: no page of the site can be framed', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
  });
  await page.goto(base);
  // A same-origin frame: the page's own policy allows it (frame-src 'self'), the header's frame-ancestors does not.
  await page.evaluate(async (src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
  }, `${base}phases/3-service-usage/`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  // Chromium shows its own error page in the frame instead of the site's page.
  expect(framed?.url()).toBe('chrome-error://chromewebdata/');
});
