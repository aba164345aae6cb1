import { expect, type Page, test } from '@playwright/test';
import { untilNotBusy } from '../helpers/not-busy';
import { sitemapPages, templateOf } from './sitemap-pages';

// Deep links (target in place, clear of the sticky headers, at once) are tested in deep-links.spec.ts.

test.describe('at 320 px, the width WCAG asks content to reflow to (1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  // Every page of the sitemap, a test per template so that each stays short.
  const byTemplate = Map.groupBy(sitemapPages(), templateOf);
  for (const [template, paths] of byTemplate) {
    test(`no ${template} page scrolls sideways (${paths.length} pages)`, async ({ page }) => {
      const overflowing: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        // As the reader gets it: the checklist's fields all there, every part of the page laid out.
        await untilNotBusy(page);
        await page.evaluate(() => document.documentElement.classList.add('in-page-navigation'));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) overflowing.push(`${path}: ${overflow} px`);
      }
      expect(overflowing).toEqual([]);
    });
  }
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('every letter of every row is within the screen, and the activity column stays readable', async ({ page }) => {
    await page.goto('/phases/3-service-usage/');
    // Every cell's letters lie within the 375 px of the screen (the table never runs off its side).
    const offScreen = await page.locator('table.raci tbody td b').evaluateAll((letters) =>
      letters
        .map((letter) => ({ letter, box: letter.getBoundingClientRect() }))
        .filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth)
        .map(({ letter }) => `${letter.closest('tr')?.id}: ${letter.textContent}`),
    );
    const letters = await page.locator('table.raci tbody td b').count();
    expect(letters).toBeGreaterThan(60);
    expect(offScreen).toEqual([]);
    // The activity names keep a readable width: at least a third of the screen.
    const narrowest = await page
      .locator('table.raci tbody th[scope="row"]')
      .evaluateAll((cells) => Math.min(...cells.map((cell) => cell.getBoundingClientRect().width)));
    expect(narrowest).toBeGreaterThanOrEqual(375 / 3);
  });
});

test.describe('theme', () => {
  test('follows the system until the reader chooses, then keeps only an explicit choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(17, 21, 26)');
    expect(await page.evaluate(() => localStorage.getItem('raci-theme'))).toBeNull();

    const select = page.getByRole('combobox', { name: 'Theme' });
    await select.selectOption('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    // Applied before first paint: the attribute is there as soon as the document exists.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expect(select).toHaveValue('light');

    await select.selectOption('auto');
    expect(await page.evaluate(() => localStorage.getItem('raci-theme'))).toBeNull();
    expect(await background()).toBe('rgb(17, 21, 26)');
  });

  test('the stored theme is applied by the inline script in <head>, before the body renders', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('raci-theme', 'dark'));
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { themeAtParse: string | undefined }).themeAtParse = document.documentElement.dataset.theme;
      });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe('dark');
  });

  test('without storage (localStorage throws, as when site data is blocked) the page loads and the control still switches the theme', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/', { waitUntil: 'networkidle' });
    // Storage is indeed out of reach on the page.
    expect(
      await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (error) {
          return (error as DOMException).name;
        }
      }),
    ).toBe('SecurityError');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(17, 21, 26)');

    const select = page.getByRole('combobox', { name: 'Theme' });
    await expect(select).toHaveValue('auto');
    await select.selectOption('light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await select.selectOption('dark');
    expect(await background()).toBe('rgb(17, 21, 26)');
    await select.selectOption('auto');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

test.describe('print', () => {
  test('prints the whole matrix with section numbers and the source date, without site chrome', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('heading', { name: '3.1.6. Management', exact: true })).toBeVisible();
    await expect(page.locator('[data-matrix] tbody tr:visible')).toHaveCount(79);
    await expect(page.locator('time[datetime="2026-06-11"]').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const path of ['/', '/fr/']) {
    test(`${path}: the header's navigation fits, nothing of it scrolled out of sight`, async ({ page }) => {
      await page.goto(path);
      const nav = page.locator('header nav').first();
      const { scroll, client } = await nav.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await expect(nav.getByRole('link').last()).toBeInViewport({ ratio: 1 });
    });
  }
});

test.describe('the header at first paint', () => {
  // The inline script in <head> marks <html> with `js` before the first paint, so the controls that
  // need JavaScript (search button, theme) take their place then, not when their modules run: the
  // header never shifts under the reader (Lighthouse counts such a shift as layout shift, CLS).
  /** The boxes of the header's visible elements. */
  const headerBoxes = (page: Page) =>
    page.locator('header *').evaluateAll((elements) =>
      elements
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0)
        .map(({ element, box }) => `${element.tagName} ${[box.x, box.y, box.width, box.height].map(Math.round).join(' ')}`),
    );

  for (const width of [360, 412, 1280]) {
    test(`at ${width} px, the header is laid out before its modules run as after`, async ({ page, context }) => {
      await page.setViewportSize({ width, height: 800 });
      const early = await context.newPage();
      await early.setViewportSize({ width, height: 800 });
      // The page as at its first paint: the inline head script ran, no module script yet.
      await early.route('**/*', async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/g, '');
        return route.fulfill({ response, body });
      });
      for (const path of ['/', '/changes/', '/fr/', '/fr/search/']) {
        await early.goto(path);
        expect(await early.evaluate(() => document.querySelectorAll('script[type="module"]').length)).toBe(0);
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('theme-select select')).toHaveValue('auto');
        expect(await headerBoxes(early), path).toEqual(await headerBoxes(page));
      }
    });
  }
});
