import { expect, type Page, test } from '@playwright/test';
import { aliasLinks, copiedLinks, expectedMeta, robotsTxt, SITE, sectionPages } from '../fixtures/sharing';
import { partyPages, partyRolePages, phasePages } from '../fixtures/site';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The site path of an absolute URL of the configured site. */
const sitePath = (url: string) => {
  expect(url.startsWith(`${SITE}/`)).toBe(true);
  return url.slice(SITE.length);
};

/** The row or heading the page's one copy button comes to, and that button once it is there. */
function copyTarget(page: Page, target: { row: string } | { heading: string }) {
  if ('row' in target) {
    const row = page.getByRole('row', { name: new RegExp(`^${target.row}`) });
    return { host: row, button: row.getByRole('button', { name: 'Copy link to this activity', exact: true }) };
  }
  const heading = page.locator('.anchor-heading').filter({ has: page.getByRole('heading', { name: target.heading, exact: true }) });
  return { host: heading, button: heading.getByRole('button', { name: /^Copy link to this (section|phase)$/ }) };
}

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

  for (const link of copiedLinks) {
    test(`on ${link.page}, ${link.what} copies ${link.url}`, async ({ page }) => {
      await page.goto(link.page);
      const { host, button } = copyTarget(page, link.button);
      // One button for the page, brought to a row or heading when the pointer comes over it.
      await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
      await host.scrollIntoViewIfNeeded();
      await host.hover();
      await expect(button).toHaveCount(1);
      await button.hover();
      await expect(button).toHaveCSS('opacity', '1');
      await button.click();
      const status = page.locator('#share-status');
      await expect(status).toHaveText(`Link copied: ${link.url}`);
      await expect(status).toHaveAttribute('aria-live', 'polite');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link.url);
    });
  }

  test('keyboard: the row link, then its copy button, each shows the link affordance on focus', async ({ page }) => {
    await page.goto('/');
    const row = page.getByRole('row', { name: /^Manage access to the Control Panel/ });
    const rowLink = row.getByRole('link', { name: 'Manage access to the Control Panel', exact: true });
    const button = row.getByRole('button', { name: 'Copy link to this activity' });
    await expect(button).toHaveCount(0);
    await rowLink.focus();
    await expect(button).toHaveCSS('opacity', '1');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#share-status')).toHaveText(`Link copied: ${SITE}/#activity-3-1-2-manage-access-to-the-control-panel`);
    // Tab again: the next row's link, and the button follows to that row.
    await page.keyboard.press('Tab');
    const next = page.getByRole('row', { name: /^Manage access to the virtualisation management interface/ });
    await expect(next.getByRole('link').first()).toBeFocused();
    await expect(next.getByRole('button', { name: 'Copy link to this activity' })).toHaveCount(1);
    await expect(button).toHaveCount(0);
  });

  test('keyboard: a heading’s "#" link, then its copy button', async ({ page }) => {
    await page.goto('/');
    const heading = page
      .locator('.anchor-heading')
      .filter({ has: page.getByRole('heading', { name: '3.1.2. Access management', exact: true }) });
    const button = heading.getByRole('button', { name: 'Copy link to this section' });
    await heading.getByRole('link', { name: 'Link to this section' }).focus();
    // The page's first focus loads the button's script; it then comes right after the focused link.
    await expect(button).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#share-status')).toHaveText(`Link copied: ${SITE}/sections/3-1-2-access-management/`);
  });

  test('the row header is named by the activity alone; the button sits in a "Share" column', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: '3.1.2. Access management', exact: true });
    await expect(table.getByRole('rowheader', { name: 'Manage access to the Control Panel', exact: true })).toHaveCount(1);
    await expect(table.getByRole('columnheader')).toHaveText(['Activity', 'Customer', 'OVHcloud', 'Share']);
  });

  test('the button coming to a row changes no row height: the rows below do not jump under the pointer', async ({ page }) => {
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/phases/1-before-subscription/');
      const rows = page.locator('table.raci tbody tr');
      const heights = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
      const before = await heights();
      await rows.first().hover();
      await expect(rows.first().getByRole('button', { name: /^Copy link/ })).toBeVisible();
      expect(await heights(), `${width} px`).toEqual(before);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('copy buttons stay hidden, plain links still work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('row', { name: /^Manage access to the Control Panel/ }).hover();
    await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Manage access to the Control Panel', exact: true })).toHaveAttribute(
      'href',
      '#activity-3-1-2-manage-access-to-the-control-panel',
    );
  });
});

test.describe('a deep link opened cold', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('is highlighted and sits below the sticky site and table headers', async ({ page }) => {
    await page.goto('/sections/3-2-2-change/#activity-3-2-2-update-the-hypervisor');
    const row = page.locator('[id="activity-3-2-2-update-the-hypervisor"]');
    await expect.poll(() => row.evaluate((el) => el.matches(':target'))).toBe(true);
    // --target in light mode, #fff4c2.
    await expect(row.locator('th')).toHaveCSS('background-color', 'rgb(255, 244, 194)');
    const rowTop = await row.evaluate((el) => el.getBoundingClientRect().top);
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    const tableHeaderBottom = await row.evaluate((el) => el.closest('table')?.querySelector('thead')?.getBoundingClientRect().bottom ?? 0);
    expect(rowTop).toBeGreaterThanOrEqual(Math.max(headerBottom, tableHeaderBottom) - 1);
    await expect(row).toBeInViewport();
  });

  test('a section heading is highlighted below the sticky header', async ({ page }) => {
    await page.goto('/#section-3-1-2-access-management');
    const heading = page.locator('[id="section-3-1-2-access-management"]');
    await expect.poll(() => heading.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect(heading).toHaveCSS('background-color', 'rgb(255, 244, 194)');
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
  });
});

test.describe('old and short addresses', () => {
  for (const alias of aliasLinks) {
    test(`${alias.from} leads to ${alias.to}`, async ({ page, baseURL }) => {
      await page.goto(alias.from);
      await expect(page).toHaveURL(new URL(alias.to, baseURL).href);
      const hash = alias.to.split('#')[1];
      if (hash) await expect.poll(() => page.locator(`[id="${hash}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
    });
  }
});

test.describe('link previews', () => {
  test('each page has its own title, description, canonical URL, Open Graph and Twitter tags', async ({ page, request }) => {
    for (const expected of expectedMeta) {
      await test.step(expected.path, async () => {
        await page.goto(expected.path);
        const meta = (selector: string) => page.locator(`head ${selector}`);
        await expect(page).toHaveTitle(expected.title);
        await expect(meta('meta[name="description"]')).toHaveAttribute('content', expected.description);
        await expect(meta('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${expected.path}`);
        await expect(meta('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}${expected.path}`);
        await expect(meta('meta[property="og:title"]')).toHaveAttribute('content', expected.ogTitle);
        await expect(meta('meta[property="og:description"]')).toHaveAttribute('content', expected.description);
        await expect(meta('meta[property="og:site_name"]')).toHaveAttribute('content', 'SecNumCloud RACI');
        await expect(meta('meta[property="og:image"]')).toHaveAttribute('content', expected.image);
        await expect(meta('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
        await expect(meta('meta[name="twitter:title"]')).toHaveAttribute('content', expected.ogTitle);
        await expect(meta('meta[name="twitter:image"]')).toHaveAttribute('content', expected.image);
        const image = await request.get(sitePath(expected.image).slice(1));
        expect(image.status()).toBe(200);
        expect(image.headers()['content-type']).toContain('image/png');
        expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
      });
    }
  });

  test('every page has a distinct title, a description and a reachable share image', async ({ page, request }) => {
    const titles = new Set<string>();
    for (const pagePath of ['/', ...phasePages, ...sectionPages]) {
      await page.goto(pagePath);
      const title = await page.title();
      expect(titles.has(title), `${pagePath}: title "${title}" already used`).toBe(false);
      titles.add(title);
      await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', /\w{10}/);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${pagePath}`);
      const image = (await page.locator('head meta[property="og:image"]').getAttribute('content')) ?? '';
      const response = await request.get(sitePath(image).slice(1));
      expect(response.status(), image).toBe(200);
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });
});

test.describe('section pages', () => {
  test('show the section, its sub-sections and the legend, and link back to the matrix', async ({ page }) => {
    await page.goto('/sections/3-2-event-management/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('3.2. Event management');
    await expect(page.getByRole('heading', { level: 2, name: '3.2.1. Incidents', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '3.2.2. Change', exact: true })).toBeVisible();
    await expect(page.locator('main tbody tr')).toHaveCount(18);
    await expect(page.getByRole('region', { name: 'Roles' })).toBeVisible();
    await page.getByRole('link', { name: 'in the full matrix' }).click();
    await expect(page).toHaveURL(/\/#section-3-2-event-management$/);
  });
});

test.describe('for crawlers', () => {
  test('robots.txt allows the site and points to the sitemap', async ({ request }) => {
    const response = await request.get('robots.txt');
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe(robotsTxt);
  });

  test('the sitemap lists every page and no redirect', async ({ request }) => {
    const index = await (await request.get('sitemap-index.xml')).text();
    expect(index).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
    const sitemap = await (await request.get('sitemap-0.xml')).text();
    for (const pagePath of ['/', ...phasePages, ...sectionPages, ...partyPages, ...partyRolePages, '/search/']) {
      expect(sitemap).toContain(`<loc>${SITE}${pagePath}</loc>`);
    }
    expect(sitemap).not.toContain(`<loc>${SITE}/phases/3/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});

test.describe('404', () => {
  test('an unknown address answers 404 with a way back to the matrix and to search', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await page.getByRole('link', { name: 'Read the full matrix' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/no-such-page/');
    await page.getByRole('link', { name: 'Search the matrix' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });
});
