import { expect, type Page, test } from '@playwright/test';
import { SITE } from '../fixtures/sharing';

// The French edition (content/fr/) under /fr/: its language, its alternates, the language switch
// and the interface words (issue 15). The French words themselves are the dictionary's
// (src/i18n/fr.ts); here, what a reader and a search engine see of the two editions together.

const ACTIVITY = 'activity-3-2-2-update-the-hypervisor';
const SECTION = 'section-3-1-2-access-management';

/** Pages of each template of the French edition, with their English counterpart. */
const PAIRS = [
  ['/', '/fr/'],
  ['/phases/3-service-usage/', '/fr/phases/3-service-usage/'],
  ['/sections/3-1-2-access-management/', '/fr/sections/3-1-2-access-management/'],
  ['/parties/customer/', '/fr/parties/customer/'],
  ['/parties/ovhcloud/informed/', '/fr/parties/ovhcloud/informed/'],
  ['/changes/', '/fr/changes/'],
  ['/guides/', '/fr/guides/'],
  ['/search/', '/fr/search/'],
] as const;

const alternates = (page: Page) =>
  page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])));

test('each edition says its language, and names the other as its alternate, the English one by default', async ({ page }) => {
  for (const [english, french] of PAIRS) {
    const expected = { en: `${SITE}${english}`, fr: `${SITE}${french}`, 'x-default': `${SITE}${english}` };
    await page.goto(french);
    await expect(page.locator('html'), french).toHaveAttribute('lang', 'fr');
    expect(await alternates(page), french).toEqual(expected);
    await page.goto(english);
    await expect(page.locator('html'), english).toHaveAttribute('lang', 'en');
    expect(await alternates(page), english).toEqual(expected);
  }
  await page.goto('/fr/404/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a page that only one edition has (a release, a guide) names no other edition, and has no language switch', async ({ page }) => {
  // Each edition's releases are its own (English 2026-06-11, French 2024-01-22); the French edition
  // translates one guide of three.
  for (const path of ['/changes/2026-06-11/', '/guides/using-the-checklist/']) {
    await page.goto(path);
    expect(await alternates(page), path).toEqual({ en: `${SITE}${path}`, 'x-default': `${SITE}${path}` });
    await expect(page.locator('language-switch a'), path).toHaveCount(0);
  }
  await page.goto('/fr/changes/2024-01-22/');
  expect(await alternates(page)).toEqual({ fr: `${SITE}/fr/changes/2024-01-22/` });
  await expect(page.locator('language-switch a')).toHaveCount(0);
});

test('a guide both editions have names both, and the switch leads to the other', async ({ page }) => {
  await page.goto('/guides/reading-the-matrix/');
  expect(await alternates(page)).toEqual({
    en: `${SITE}/guides/reading-the-matrix/`,
    fr: `${SITE}/fr/guides/reading-the-matrix/`,
    'x-default': `${SITE}/guides/reading-the-matrix/`,
  });
  await page.locator('language-switch a').click();
  await expect(page).toHaveURL(/\/fr\/guides\/reading-the-matrix\/$/);
});

test.describe('the language switch', () => {
  test('named in the language it leads to, it keeps the reader on the same activity, both ways', async ({ page }) => {
    await page.goto(`/#${ACTIVITY}`);
    const toFrench = page.getByRole('link', { name: 'Français', exact: true });
    await expect(toFrench).toHaveAttribute('lang', 'fr');
    await expect(toFrench).toHaveAttribute('hreflang', 'fr');
    await toFrench.click();
    await expect(page).toHaveURL(`/fr/#${ACTIVITY}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator(`#${ACTIVITY}`)).toBeInViewport();

    const toEnglish = page.getByRole('link', { name: 'English', exact: true });
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await toEnglish.click();
    await expect(page).toHaveURL(`/#${ACTIVITY}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator(`#${ACTIVITY}`)).toBeInViewport();
  });

  test('keeps a section of a phase page, and a role filter', async ({ page }) => {
    await page.goto(`/phases/3-service-usage/#${SECTION}`);
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await expect(page).toHaveURL(`/fr/phases/3-service-usage/#${SECTION}`);
    await expect(page.locator(`#${SECTION}`)).toBeInViewport();

    await page.goto('/fr/?party=ovhcloud&role=none');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL('/?party=ovhcloud&role=none');
    await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of 79 activities\.$/ })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('it links to the same page in the other edition, from its top', async ({ page }) => {
      for (const [english, french] of PAIRS) {
        await page.goto(`${english}#${ACTIVITY}`);
        await expect(page.getByRole('link', { name: 'Français', exact: true }), english).toHaveAttribute('href', french);
        await page.goto(`${french}#${ACTIVITY}`);
        await expect(page.getByRole('link', { name: 'English', exact: true }), french).toHaveAttribute('href', english);
      }
      await page.goto(`/#${ACTIVITY}`);
      await page.getByRole('link', { name: 'Français', exact: true }).click();
      await expect(page).toHaveURL('/fr/');
    });
  });
});

/**
 * English interface words that the French pages must not show: in their text, and in the names
 * and words they hand to assistive technology and to their scripts. None of them is a word of the
 * French content. The search box, dialog and form (src/components/search/) are left out: their
 * words move to the dictionaries in their own change.
 */
const ENGLISH = [
  'Skip to content',
  'Full matrix',
  'Objective',
  'Overview',
  'Roles',
  'Any role',
  'No role',
  'no role',
  'Activity',
  'activities',
  'Download',
  'Previous phase',
  'Next phase',
  'Contents',
  'On this page',
  'Theme',
  'Light',
  'Dark',
  'checklist',
  'Changes',
  'Atom feed',
  'Last updated',
  'Link to this',
  'Copy link',
  'Breadcrumb',
  'Showing',
  'Page not found',
];

test('the French pages show no English interface word', async ({ page }) => {
  for (const path of [...PAIRS.map(([, french]) => french), '/fr/parties/customer/responsible/', '/fr/404/']) {
    await page.goto(path);
    const words = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const left of body.querySelectorAll('script, style, search-trigger, [data-search-nojs] ~ *')) left.remove();
      const attributes = [...body.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^(aria-label|title|alt|placeholder|data-[\w-]+)$/.test(attribute.name))
          .map((attribute) => attribute.value)
          .filter((value) => !value.startsWith('/')),
      );
      // Node by node: the markup has no space between elements, so the whole text would run words together.
      const texts: string[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
      return [document.title, ...texts, ...attributes].join('\n');
    });
    const found = ENGLISH.filter((word) => new RegExp(`\\b${word}\\b`).test(words));
    expect(found, path).toEqual([]);
  }
});
