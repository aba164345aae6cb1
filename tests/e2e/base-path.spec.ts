import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { normalizedBase } from '../../src/config/deploy-env.mjs';

/**
 * Smoke tests for a build under a sub-path (BASE_PATH=/raci/), served under that path only: every
 * link followed here must stay under it. Paths are relative to the base (no leading slash).
 */
const BASE = normalizedBase();
const SITE = 'https://raci.example.org';

test('the matrix, a phase page and a section page are reachable by following links', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Responsibility sharing');
  await page
    .getByRole('navigation', { name: 'Phases' })
    .getByRole('link', { name: /^3\. Service Usage/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${BASE}phases/3-service-usage/$`));
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Full matrix' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));
  await page.goto('sections/3-1-2-access-management/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('3.1.2. Access management');
  // Styles are inlined; the icon and the bundled scripts are files that must come from under the base.
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${BASE}favicon.svg`);
  const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src')));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(src).toMatch(new RegExp(`^${BASE}_astro/`));
});

test('meta tags and copied links carry the base', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('sections/3-1-2-access-management/');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${BASE}sections/3-1-2-access-management/`);
  const image = `${SITE}${BASE}og/section-3-1-2-access-management.png`;
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', image);
  expect((await request.get(image.slice(`${SITE}${BASE}`.length))).status()).toBe(200);
  // The page's one copy button comes to the row under the pointer.
  const row = page.getByRole('row', { name: /^Manage access to the Control Panel/ });
  await row.hover();
  const button = row.getByRole('button', { name: 'Copy link to this activity', exact: true });
  await button.hover();
  await button.click();
  const url = `${SITE}${BASE}sections/3-1-2-access-management/#activity-3-1-2-manage-access-to-the-control-panel`;
  await expect(page.locator('#share-status')).toHaveText(`Link copied: ${url}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('redirect pages, robots.txt and the 404 page honour the base', async ({ page, request }) => {
  await page.goto('phases/3/#section-3-2-2-change');
  await expect(page).toHaveURL(new RegExp(`${BASE}phases/3-service-usage/#section-3-2-2-change$`));
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Read the full matrix' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));
});

test('the feed of the changes links under the base and keeps the ids of a build at the root', async ({ page, request }) => {
  const feed = parseFeed(await (await request.get('changes.xml')).text());
  expect(feed.self).toBe(`${SITE}${BASE}changes.xml`);
  expect(feed.items.map((item) => [item.id, item.url])).toEqual([
    ['tag:docs.ovhcloud.com,2026-06-11:raci-release/2026-06-11', `${SITE}${BASE}changes/2026-06-11/`],
  ]);
  await page.goto('changes/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${BASE}changes.xml`);
  await page.getByRole('link', { name: 'Release of June 11, 2026' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}changes/2026-06-11/$`));
});

test('the guides and the links written in them carry the base', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}guides/$`));
  await page.getByRole('link', { name: 'How to link to and export the matrix' }).click();
  await page.getByRole('link', { name: '/sections/3-1-2-access-management/' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}sections/3-1-2-access-management/$`));
  await page.goBack();
  await page.getByRole('link', { name: 'Manage access to the Control Panel' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}#activity-3-1-2-manage-access-to-the-control-panel$`));
});
