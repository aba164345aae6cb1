import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';

// The real content has one release, 2026-06-11: the first publication here, with nothing before it.

test('/changes/ shows the single release of 2026-06-11, the first publication here', async ({ page }) => {
  await page.goto('/changes/');
  await expect(page).toHaveTitle('Changes · SecNumCloud RACI');
  const releases = page.locator('main ol > li');
  await expect(releases).toHaveCount(1);
  await expect(releases.getByRole('heading')).toHaveText('Release of June 11, 2026');
  await expect(releases).toContainText(
    'The first publication of the matrix on this site: 79 activities. Earlier versions are not recorded here.',
  );
  await releases.getByRole('link', { name: 'Release of June 11, 2026' }).click();
  await expect(page).toHaveURL(/\/changes\/2026-06-11\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release of June 11, 2026');
  await expect(page.locator('main')).toContainText(
    'The first publication of the matrix on this site, with 79 activities: it lists no changes.',
  );
  await expect(page.locator('main h2')).toHaveCount(0);
});

test('no activity carries a "changed" marker and the "changed" filter is hidden', async ({ page }) => {
  for (const path of ['/', '/parties/customer/', '/phases/3-service-usage/']) {
    await page.goto(path);
    await expect(page.locator('tr[id^="activity-"]').first()).toBeVisible();
    await expect(page.locator('.change-marker')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Changed in the latest release/ })).toHaveCount(0);
  }
});

test('the release can be downloaded exactly as content/releases/ keeps it', async ({ page, request }) => {
  await page.goto('/changes/2026-06-11/');
  const href = await page.getByRole('link', { name: 'Download this release (JSON)' }).getAttribute('href');
  expect(href).toBe('/exports/releases/2026-06-11.json');
  const response = await request.get(href ?? '');
  expect(await response.text()).toBe(readFileSync('content/releases/2026-06-11.json', 'utf8'));
});

test('the feed has one entry, and every page links to it and to /changes/', async ({ page, request }) => {
  const feed = parseFeed(await (await request.get('/changes.xml')).text());
  expect(feed.items.map((item) => [item.id, item.title, item.updated?.toISOString(), item.description])).toEqual([
    [
      'tag:docs.ovhcloud.com,2026-06-11:raci-release/2026-06-11',
      'Release of June 11, 2026',
      '2026-06-11T00:00:00.000Z',
      'The first publication of the matrix on this site: 79 activities.',
    ],
  ]);
  for (const path of ['/', '/sections/3-1-2-access-management/', '/search/', '/404.html']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Changes and earlier versions' })).toHaveAttribute(
      'href',
      '/changes/',
    );
  }
  await expect(page.getByRole('main').getByRole('link', { name: 'what changed' })).toHaveAttribute('href', '/changes/');
});
