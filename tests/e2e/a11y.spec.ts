import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { pagePerTemplate, sitemapPages, templateOf } from './sitemap-pages';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
/** A touch phone, as Lighthouse's mobile preset emulates: no hover, so link buttons always show. */
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };
const CONDITIONS = [
  { name: 'light', colorScheme: 'light', ...DESKTOP },
  { name: 'dark', colorScheme: 'dark', ...DESKTOP },
  { name: '375 px', colorScheme: 'light', ...PHONE },
] as const;

// One page of each template of the sitemap (the largest), in light, in dark and on a phone.
for (const condition of CONDITIONS) {
  test.describe(`axe, ${condition.name}`, () => {
    test.use({
      colorScheme: condition.colorScheme,
      viewport: condition.viewport,
      isMobile: condition.isMobile,
      hasTouch: condition.hasTouch,
    });
    // The checklist is checked with its items in every state, in the same conditions, in checklist.spec.ts.
    for (const path of pagePerTemplate().filter((page) => templateOf(page) !== 'party checklist')) {
      test(`${path} has no violations`, async ({ page }) => {
        // axe walks every node: the full matrix is large, and a busy 2-core machine is slow.
        test.setTimeout(120_000);
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('keyboard: skip link first, then every control in order', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focused).toBe(true);
});

test.describe('as loaded, before off-screen phases are shown', () => {
  // Lighthouse's mobile viewport. Tools measure inside phases that are not yet laid out (their
  // height is then a guess, PhaseMatrix.astro): the guess must never place a phase over the end of
  // the one before, or their links would seem to overlap.
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  test('no link or button overlaps another on any page with several phases', async ({ page }) => {
    const withPhases = sitemapPages().filter((path) => ['full matrix', 'party view', 'party role'].includes(templateOf(path)));
    expect(withPhases.length).toBeGreaterThan(5);
    const overlapping: string[] = [];
    for (const path of withPhases) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      for (const violation of violations) overlapping.push(`${path}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
    expect(overlapping).toEqual([]);
  });
});
