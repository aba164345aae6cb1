import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { BUDGET } from '../../src/config/budgets.mjs';
import { searchQueries } from '../fixtures/search-queries';
import { spoken } from '../fixtures/site';
import { expectedRows } from '../fixtures/source-expectations';
import { axeViolations } from '../helpers/axe';

/** Requests for the search code or index (the page /search/ itself does not count). */
const SEARCH_ASSET = /\/pagefind\/|\/_astro\/search-(controller|dialog|page|engine|highlight)[^/]*\.js/;

const results = (page: Page) => page.locator('[data-search-results]:visible .search-result');

async function searchPage(page: Page, query: string) {
  await page.goto(`/search/?${query}`);
  await expect(page.locator('#search-page-status')).not.toBeEmpty();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nothing sticky covers the element's top-left corner. */
async function isUncovered(page: Page, id: string) {
  return page.locator(`[id="${id}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const topmost = document.elementFromPoint(box.left + 4, box.top + 2);
    return topmost !== null && (el === topmost || el.contains(topmost));
  });
}

// One page runs every query in turn, as a reader refines a search: each is waited for by the status
// naming it, so no assertion reads the previous query's results.
test('queries land on the exact activity', async ({ page }) => {
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'Words to look for' });
  for (const expected of searchQueries) {
    await test.step(`"${expected.query}" → ${expected.first}`, async () => {
      await field.fill(expected.query);
      await expect(page.locator('#search-page-status')).toHaveText(new RegExp(` for “${escapeRegExp(expected.query)}”\\.$`));
      const first = results(page).first();
      await expect(first.locator('.search-result-title')).toHaveText(expected.first);
      await expect(first).toHaveAttribute('href', `/#${expected.anchor}`);
      const crumb = first.locator('.search-result-crumb');
      await expect(crumb).toContainText(expected.phase);
      await expect(crumb).toContainText(expected.section);
      // Every party's letters, with the same spoken labels as the matrix.
      const parties = first.locator('.search-party');
      await expect(parties.nth(0)).toContainText('Customer');
      await expect(parties.nth(1)).toContainText('OVHcloud');
      for (const [index, letters] of [expected.customer, expected.ovhcloud].entries()) {
        const party = parties.nth(index);
        if (letters === '') await expect(party.locator('.no-role')).toHaveText('no role');
        else {
          await expect(party.getByRole('img')).toHaveAccessibleName(spoken(letters));
          await expect(party.locator('.role')).toHaveText([...letters]);
        }
      }
      // The matched words are highlighted.
      await expect(first.locator('mark').first()).toBeVisible();
    });
  }
});

test.describe('filters', () => {
  test('"OVHcloud: Responsible" alone lists exactly the rows where OVHcloud has R', async ({ page }) => {
    await searchPage(page, 'ovhcloud=R');
    const expected = expectedRows.filter((row) => row.ovhcloud.includes('R')).map((row) => row.activity);
    await expect(results(page)).toHaveCount(expected.length);
    expect((await results(page).locator('.search-result-title').allTextContents()).sort()).toEqual([...expected].sort());
    await expect(page.getByRole('combobox', { name: 'OVHcloud role' })).toHaveValue('R');
  });

  test('a query with "OVHcloud: Responsible" only returns rows where OVHcloud has R', async ({ page }) => {
    await searchPage(page, 'q=manage&ovhcloud=R');
    const titles = await results(page).locator('.search-result-title').allTextContents();
    const allowed = new Set(expectedRows.filter((row) => row.ovhcloud.includes('R')).map((row) => row.activity));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(allowed, title).toContain(title);
    // Every such row that says "manage" is found.
    for (const row of expectedRows.filter((r) => r.ovhcloud.includes('R') && /\bmanage\b/i.test(r.activity))) {
      expect(titles).toContain(row.activity);
    }
  });

  test('changing the phase and Customer filters narrows the results and the URL', async ({ page }) => {
    await searchPage(page, 'q=data');
    await page.getByRole('combobox', { name: 'Phase' }).selectOption({ label: '5. End of service' });
    await expect(page).toHaveURL(/[?&]phase=5(&|$)/);
    await page.getByRole('combobox', { name: 'Customer role' }).selectOption('none');
    await expect(page).toHaveURL(/[?&]customer=none(&|$)/);
    // "data" is in the words of one row and in the section title ("5.2. Data destruction") of both.
    const expected = expectedRows.filter((row) => row.phase === 5 && row.customer === '').map((row) => row.activity);
    expect(expected).toHaveLength(2);
    await expect(results(page)).toHaveCount(expected.length);
    expect((await results(page).locator('.search-result-title').allTextContents()).sort()).toEqual([...expected].sort());
  });
});

test('/search/?q=… restores the search on load and reload', async ({ page }) => {
  await searchPage(page, 'q=backup+jobs');
  await expect(page.getByRole('searchbox', { name: 'Words to look for' })).toHaveValue('backup jobs');
  await expect(results(page).first()).toContainText('Create, modify, control, restore, delete backup jobs');
  await page.getByRole('searchbox', { name: 'Words to look for' }).fill('hypervisor');
  await expect(page).toHaveURL(/\?q=hypervisor$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Words to look for' })).toHaveValue('hypervisor');
  await expect(results(page).first()).toContainText('Update the hypervisor');
});

test.describe('opening a result lands on the row, highlighted and clear of the sticky header', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('from the dialog on the same page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('certificate of destruction');
    await results(page).first().click();
    const id = 'activity-5-2-provide-a-certificate-of-destruction-upon-request';
    const row = page.locator(`[id="${id}"]`);
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/#${id}$`));
    await expect(row).toBeInViewport();
    await expect.poll(() => row.evaluate((el) => el.matches(':target') || el.classList.contains('is-highlighted'))).toBe(true);
    await expect.poll(() => row.evaluate((el) => getComputedStyle(el.children[0] as Element).backgroundColor)).toBe('rgb(255, 244, 194)');
    await expect.poll(() => isUncovered(page, id)).toBe(true);
  });

  test('from the dialog, twice to the same row', async ({ page }) => {
    const id = 'activity-3-2-2-update-the-hypervisor';
    await page.goto(`/#${id}`);
    await page.mouse.wheel(0, -3000);
    await expect(page.locator(`[id="${id}"]`)).not.toBeInViewport();
    await page.keyboard.press('/');
    await page.keyboard.type('hypervisor');
    // As a reader does: Enter once the result is on screen.
    await expect(page.getByRole('dialog').getByRole('link', { name: /Update the hypervisor/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.locator(`[id="${id}"]`)).toHaveClass(/is-highlighted/);
    await expect.poll(() => isUncovered(page, id)).toBe(true);
  });

  test('from the search page', async ({ page }) => {
    await searchPage(page, 'q=hypervisor');
    await results(page).first().click();
    const id = 'activity-3-2-2-update-the-hypervisor';
    await expect(page).toHaveURL(new RegExp(`/#${id}$`));
    const row = page.locator(`[id="${id}"]`);
    await expect(row).toBeInViewport();
    await expect.poll(() => row.evaluate((el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => isUncovered(page, id)).toBe(true);
  });
});

test.describe('loads nothing for search before the reader starts one', () => {
  for (const path of ['/', '/phases/3-service-usage/', '/search/']) {
    test(`${path}`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((url) => SEARCH_ASSET.test(url))).toEqual([]);
      if (path === '/search/') await page.getByRole('searchbox').focus();
      else await page.keyboard.press('/');
      await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    });
  }
});

test(`the full matrix runs under its budget of JavaScript (${BUDGET.matrixJsGzip} B, gzip) before any interaction`, async ({ page }) => {
  const bodies: Buffer[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') bodies.push(await response.body());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
  const total = [...bodies, ...inline.map((text) => Buffer.from(text))].reduce((sum, body) => sum + gzipSync(body).byteLength, 0);
  expect(total).toBeLessThan(BUDGET.matrixJsGzip);
});

test.describe('keyboard', () => {
  test('/ opens the dialog in the field, arrows and Enter open a result, Escape closes and returns focus', async ({ page }) => {
    await page.goto('/phases/1-before-subscription/');
    const trigger = page.getByRole('button', { name: 'Search' });
    await trigger.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the matrix' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await page.keyboard.press('Control+k');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('reversibility operations');
    // The results of the whole query, not of a prefix typed before it that a later search replaces.
    await expect(dialog.locator('[data-search-status]')).toHaveText(/ for “reversibility operations”\.$/);
    await expect(results(page).nth(1)).toBeVisible();
    const second = (await results(page).nth(1).getAttribute('href')) ?? '';
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${second.split('#')[1]}"]`)).toBeInViewport();
  });

  test('Escape from a result also closes the dialog and returns focus to the trigger', async ({ page }) => {
    await page.goto('/');
    const trigger = page.getByRole('button', { name: 'Search' });
    await trigger.click();
    await page.keyboard.type('hypervisor');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('a click outside the dialog closes it too', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.mouse.click(10, 790);
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('/ types a slash in a text field instead of opening search', async ({ page }) => {
    await searchPage(page, 'q=vm');
    const input = page.getByRole('searchbox', { name: 'Words to look for' });
    await input.press('End');
    await input.press('/');
    await expect(input).toHaveValue('vm/');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe with results open, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('in the dialog', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.keyboard.type('storage');
      await expect(results(page).nth(2)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('on the search page', async ({ page }) => {
      await searchPage(page, 'q=storage&ovhcloud=R');
      await expect(results(page).first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header control is a link to the search page, which explains and points to the matrix', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await expect(link).toHaveAttribute('href', '/search/');
    await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
    await link.click();
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'full matrix' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Customer' })).toHaveAttribute('href', '/parties/customer/');
    await expect(page.getByRole('main').getByRole('link', { name: 'OVHcloud' })).toHaveAttribute('href', '/parties/ovhcloud/');
    await expect(page.getByRole('searchbox')).toBeHidden();
  });
});
