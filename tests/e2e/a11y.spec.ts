import type { Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { expect, test } from '../helpers/reused-page';
import { pagePerTemplate, templateOf } from './sitemap-pages';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
/** A touch phone, as Lighthouse's mobile preset emulates: no hover, so link buttons always show. */
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/**
 * One page of each template of the sitemap (the largest). Every rule in light on a desktop; then
 * only the rules a condition can change, so each run checks what it is about: dark mode changes
 * colours, a phone changes the layout and the size of targets. (The checklist is checked with its
 * items in every state, in the same conditions, in checklist.spec.ts.)
 */
const CONDITIONS = [
  { name: 'light, every rule', colorScheme: 'light', ...DESKTOP, rules: undefined, languages: 'all' },
  // Colours do not depend on the language: the English pages.
  { name: 'dark, colours', colorScheme: 'dark', ...DESKTOP, rules: ['color-contrast', 'link-in-text-block'], languages: 'primary' },
  {
    name: '375 px phone, layout and targets',
    colorScheme: 'light',
    ...PHONE,
    rules: ['target-size', 'scrollable-region-focusable', 'meta-viewport', 'color-contrast', 'region'],
    languages: 'all',
  },
] as const;

/** One page per template, in every edition (a translation's pages are templates of their own); the checklist apart. */
const pages = pagePerTemplate().filter((page) => !templateOf(page).startsWith('party checklist'));
const isTranslation = (page: string) => templateOf(page).endsWith(')');

for (const condition of CONDITIONS) {
  test.describe(`axe, ${condition.name}`, () => {
    const { colorScheme, viewport, isMobile, hasTouch } = condition;
    for (const path of pages.filter((page) => condition.languages === 'all' || !isTranslation(page))) {
      test(`${path} has no violations`, async ({ reusedPage }) => {
        const page = await reusedPage({ colorScheme, viewport, isMobile, hasTouch });
        await page.goto(path);
        expect(await axeViolations(page, condition.rules)).toEqual([]);
      });
    }
  });
}

/**
 * The heights of the page's `selector` elements laid out only near the viewport (content-visibility:
 * auto), each named by its `nameAttribute` (on it or an ancestor): `guessed`, the height of one not
 * yet shown as the page loaded (its contents skipped); `real`, its height once every part of the
 * page is laid out, as a click on a link within the page does (smooth-scroll.ts).
 */
function guessedAndRealHeights(page: Page, selector: string, nameAttribute: string) {
  return page.evaluate(
    ({ selector, nameAttribute }) => {
      const elements = [...document.querySelectorAll<HTMLElement>(selector)];
      const shown = (element: HTMLElement) => element.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true;
      const guessed = elements.map((element) => (shown(element) ? undefined : element.getBoundingClientRect().height));
      document.documentElement.classList.add('in-page-navigation');
      return elements.map((element, index) => ({
        name: element.closest(`[${nameAttribute}]`)?.getAttribute(nameAttribute),
        guessed: guessed[index],
        real: element.getBoundingClientRect().height,
      }));
    },
    { selector, nameAttribute },
  );
}

test.describe('as loaded, before off-screen phases and checklist fields are shown', () => {
  // Phases after the first are laid out only near the viewport (content-visibility: auto); until
  // then their height is a guess from their sections and rows (PhaseMatrix.astro). A guess short
  // of the real height would place the next phase over the end of this one for any tool that
  // measures inside it before it is shown (Lighthouse's target-size audit does): every guess must
  // be at least the real height. On each template with several phases, at the widths where the
  // guess is tightest: a narrow phone, just below and at the wide layout's breakpoint, a desktop.
  // In every edition: a translation's longer words make taller rows.
  const withPhases = pagePerTemplate().filter((path) => /^(full matrix|party view|party role)( \(|$)/.test(templateOf(path)));

  for (const width of [360, 767, 768, 1280]) {
    test(`at ${width} px, every phase's guessed height is at least its real height`, async ({ page }) => {
      expect(withPhases).toHaveLength(6);
      await page.setViewportSize({ width, height: 800 });
      const short: string[] = [];
      for (const path of withPhases) {
        await page.goto(path);
        const heights = await guessedAndRealHeights(page, '.phase', 'data-phase');
        expect(heights.filter((height) => height.guessed !== undefined).length, `${path}: phases not yet shown`).toBeGreaterThan(0);
        for (const { name, guessed, real } of heights) {
          if (guessed !== undefined && guessed < real) short.push(`${path} phase ${name}: guessed ${guessed} px, real ${real} px`);
        }
      }
      expect(short).toEqual([]);
    });
  }

  // A checklist item's fields too are laid out only near the viewport (checklist.css), their
  // height guessed from the width alone: at least the real height, and by little, as a guess too
  // tall moves what follows when the fields are shown. At each side of the fields' two breakpoints.
  const checklists = pagePerTemplate().filter((path) => templateOf(path).startsWith('party checklist'));

  for (const width of [360, 639, 640, 1023, 1024, 1280]) {
    test(`at ${width} px, every checklist item's guessed fields height is at least the real one, by less than 8 px`, async ({ page }) => {
      expect(checklists).toHaveLength(2);
      await page.setViewportSize({ width, height: 800 });
      const wrong: string[] = [];
      for (const path of checklists) {
        await page.goto(path);
        await expect(page.locator('.checklist-items')).toHaveAttribute('aria-busy', 'false');
        const heights = await guessedAndRealHeights(page, 'li[data-item]:not([hidden]) .item-fields', 'data-item');
        expect(heights.filter((height) => height.guessed !== undefined).length, `${path}: fields not yet shown`).toBeGreaterThan(0);
        for (const { name, guessed, real } of heights) {
          if (guessed !== undefined && (guessed < real || guessed - real >= 8))
            wrong.push(`${path} ${name}: guessed ${guessed} px, real ${real} px`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

/** Elements the Tab key must reach, as a reader sees them. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';

test.describe('keyboard', () => {
  test.use(DESKTOP);

  test('the skip link comes first and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  // A page with headings, rows, filters and the header's controls, and the search page's form.
  for (const path of ['/phases/1-before-subscription/', '/search/']) {
    test(`${path}: Tab reaches every control, in document order`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      const expected = await page.evaluate((selector) => {
        const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert], dialog:not([open])'),
        );
        controls.forEach((element, index) => {
          element.dataset['tabOrder'] = String(index);
        });
        return controls.map((element) => `${element.tagName.toLowerCase()} ${(element.textContent ?? '').trim().slice(0, 40)}`);
      }, TABBABLE);
      expect(expected.length).toBeGreaterThan(10);
      const reached: number[] = [];
      // The page's one copy-link button follows the row or heading in use: it is reached, but not listed.
      for (let press = 0; press < expected.length * 2 && reached.length < expected.length; press++) {
        await page.keyboard.press('Tab');
        const order = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['tabOrder']);
        if (order !== undefined) reached.push(Number(order));
      }
      expect(reached.map((index) => expected[index])).toEqual(expected);
    });
  }
});
