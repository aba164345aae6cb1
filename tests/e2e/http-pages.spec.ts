import { expect, test } from '@playwright/test';
import { sitemapPages } from './sitemap-pages';

/**
 * Behind nginx (playwright.nginx.config.ts): each page of the sitemap loads once in Chromium under
 * the real headers and the page's own policy, with no CSP violation and no console error or
 * warning (an unknown Permissions-Policy feature, for one, is logged). hygiene.spec.ts does the
 * same, and more, behind npm start's server.
 */
const base = `/${process.env.BASE_PATH ?? '/'}/`.replace(/\/+/g, '/');

for (const path of sitemapPages()) {
  test(`${path}: loads with no CSP violation and no console error`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-encoding']).toBe('br');
    // The theme script in <head> ran, under the policy.
    await expect(page.locator('html')).toHaveClass(/(^|\s)js(\s|$)/);
    expect(problems).toEqual([]);
  });
}

test('the 404 page shows for an unknown address', async ({ page }) => {
  const response = await page.goto(`${base}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('search finds an activity, its index served as stored', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${base}search/?q=hypervisor`);
  await expect(page.locator('[data-search-results] .search-result').first()).toContainText(/hypervisor/i);
  expect(problems).toEqual([]);
});
