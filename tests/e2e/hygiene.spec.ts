import { watchPage } from '../helpers/page-watch';
import { expect, test } from '../helpers/reused-page';
import { pagePerTemplate } from './sitemap-pages';

// Sovereignty and robustness: nothing may leave the site's origin, and nothing may go wrong quietly.
// One page per template here; every page of the sitemap behind nginx (http-pages.spec.ts).
for (const path of pagePerTemplate()) {
  test(`${path}: no request leaves the origin, no console error, no CSP violation`, async ({ reusedPage, baseURL }) => {
    const page = await reusedPage();
    const { foreign, problems, stop } = await watchPage(page, baseURL);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Bring the whole page into view: anything loaded late must stay on the origin too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    // The policy comes before every script, so the head's own scripts (theme, anchor aliases) ran
    // under it, allowed by their hashes: the theme script did run.
    const scriptsBeforePolicy = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
      return [...document.querySelectorAll('script')].filter(
        (script) => meta?.compareDocumentPosition(script) !== Node.DOCUMENT_POSITION_FOLLOWING,
      ).length;
    });
    expect(scriptsBeforePolicy).toBe(0);
    await expect(page.locator('html')).toHaveClass(/(^|\s)js(\s|$)/);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'[^;]* 'sha256-/);
    expect(policy).not.toContain('unsafe-inline');
    stop();
  });
}

test('the CSP violation listener reports a script the policy blocks', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => violations.push(message.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
  });
  await page.goto('/');
  // An inline script without a hash: the page's policy must block it, and the listener must say so.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranOutsidePolicy = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.some((text) => text.startsWith('CSP violation: script-src'))).toBe(true);
  expect(await page.evaluate(() => 'ranOutsidePolicy' in window)).toBe(false);
});

test('pages and assets ship precompressed (Brotli and gzip copies beside each text file)', async ({ request }) => {
  for (const [encoding, path] of [
    ['br', '/'],
    ['gzip', '/parties/customer/'],
    ['br', '/exports/raci-matrix.csv'],
  ] as const) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-encoding'], path).toBe(encoding);
  }
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toContain('<h1');
});
