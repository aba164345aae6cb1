import { normalizedBase } from '../../src/config/deploy-env.mjs';
import { watchPage } from '../helpers/page-watch';
import { expect, test } from '../helpers/reused-page';
import { sitemapPages } from './sitemap-pages';

/**
 * Behind nginx (playwright.nginx.config.ts): each page of the sitemap loads once in Chromium under
 * the real headers and the page's own policy, scrolled to its end, with no request to another
 * origin, no CSP violation and no console error or warning (an unknown Permissions-Policy feature,
 * for one, is logged). hygiene.spec.ts does the same on one page per template behind npm start's
 * server, with more checks of the policy.
 */
const base = normalizedBase();

for (const path of sitemapPages()) {
  test(`${path}: nothing leaves the origin, no CSP violation, no console error`, async ({ reusedPage, baseURL }) => {
    const page = await reusedPage();
    const { foreign, problems, stop } = await watchPage(page, baseURL);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-encoding']).toBe('br');
    // Bring the whole page into view: anything loaded late must stay on the origin too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    // The theme script in <head> ran, under the policy.
    await expect(page.locator('html')).toHaveClass(/(^|\s)js(\s|$)/);
    expect(problems).toEqual([]);
    stop();
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
