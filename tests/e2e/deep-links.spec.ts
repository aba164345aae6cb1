import { expect, type Page, test } from '@playwright/test';
import { deepLinks } from '../fixtures/site';
import { untilNotBusy } from '../helpers/not-busy';

/**
 * A deep link opened in a new tab puts its target in place at once, without a scroll animation:
 * from the first frame drawn after the load event on, the target does not move on screen (the
 * scroll position may still change under it: scroll anchoring keeps it in place while phases
 * above it are laid out). Counted in frames, not milliseconds, so a busy machine cannot fail it; how soon after
 * the load it settles is a budget of `npm run bench` (scripts/bench/deep-links.mjs).
 */
/** How many frames after the load event are watched: a smooth scroll takes far more than one. */
const FRAMES_AFTER_LOAD = 20;

type Sample = { time: number; top: number | null; scrollY: number };

/** Records, every animation frame from the document's start, where the element `id` is. */
async function recordFrames(page: Page, id: string) {
  await page.addInitScript((targetId) => {
    const samples: Sample[] = [];
    Object.assign(window, { frameSamples: samples });
    const tick = () => {
      const target = document.getElementById(targetId);
      samples.push({ time: performance.now(), top: target ? target.getBoundingClientRect().top : null, scrollY: window.scrollY });
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, id);
}

const frameSamples = (page: Page) => page.evaluate(() => (window as unknown as { frameSamples: Sample[] }).frameSamples.slice());

test.describe('a deep link opened in a new tab', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const link of deepLinks) {
    test(`${link.path} is in place under the sticky header from the first frame after load`, async ({ page }) => {
      const id = decodeURIComponent(link.path.split('#')[1] ?? '');
      await recordFrames(page, id);
      await page.goto(link.path, { waitUntil: 'load' });
      const loadedAt = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      );
      await page.waitForFunction(
        ({ since, frames }) =>
          (window as unknown as { frameSamples: Sample[] }).frameSamples.filter((sample) => sample.time >= since).length >= frames,
        { since: loadedAt, frames: FRAMES_AFTER_LOAD },
      );
      const afterLoad = (await frameSamples(page)).filter((sample) => sample.time >= loadedAt);
      const first = afterLoad[0];
      // On failure, where the target was in each frame after the load event.
      const frames = afterLoad
        .map((sample) => `${sample.top === null ? '-' : Math.round(sample.top)}@${Math.round(sample.scrollY)}`)
        .join(' ');
      expect(first?.top, `the target exists at the first frame after load (frames: ${frames})`).not.toBeNull();
      for (const sample of afterLoad) {
        expect(
          Math.abs((sample.top ?? Number.NaN) - (first?.top ?? 0)),
          `the target never moves after load (frames: ${frames})`,
        ).toBeLessThanOrEqual(1);
      }

      // Where it settled: at the page's scroll padding (room for the sticky headers) plus its own
      // scroll margin, or as far as the page can scroll for a target near the end; not under the
      // site's header nor the table's, and just below them rather than a screen away.
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toContainText(link.text);
      const place = await target.evaluate((element) => {
        const top = element.getBoundingClientRect().top;
        const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
        const tableHeader = element.closest('table')?.querySelector('thead')?.getBoundingClientRect().bottom ?? 0;
        const maxScroll = document.documentElement.scrollHeight - window.innerHeight;
        return {
          top,
          offset:
            Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) +
            Number.parseFloat(getComputedStyle(element).scrollMarginTop),
          clearOf: Math.max(header, tableHeader),
          atPageEnd: window.scrollY >= maxScroll - 1,
        };
      });
      expect(place.top).toBeGreaterThanOrEqual(place.clearOf - 1);
      if (!place.atPageEnd) {
        expect(Math.abs(place.top - place.offset)).toBeLessThanOrEqual(1);
        expect(place.top - place.clearOf).toBeLessThanOrEqual(60);
      }
      await expect(target).toBeInViewport();
      // It is the page's :target (highlighted), and nothing sticky covers its top-left corner.
      expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
      const uncovered = await target.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const topmost = document.elementFromPoint(box.left + 4, box.top + 2);
        return topmost !== null && (element === topmost || element.contains(topmost));
      });
      expect(uncovered).toBe(true);
    });
  }
});

test.describe('a click on a link within the page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  /** Links thousands of pixels above their target: the matrix's contents, and a checklist's summary, over items whose fields are laid out only near the viewport. */
  const LINKS = [
    { path: '/', id: 'phase-4-reversibility', link: (page: Page) => page.getByRole('navigation', { name: 'On this page' }) },
    { path: '/parties/customer/checklist/', id: 'checklist-phase-4', link: (page: Page) => page.locator('.summary-table') },
  ];

  /**
   * Clicks the link to phase 4 and returns how the scroll went: the positions drawn between start
   * and end, where it ended, and the page's scroll-behavior.
   */
  async function scrollPositionsAfterClick(page: Page, { path, id, link: within }: (typeof LINKS)[number]) {
    await recordFrames(page, id);
    await page.goto(path, { waitUntil: 'load' });
    // A checklist's items get their fields a few at a time as the page opens: click once all have them.
    await untilNotBusy(page);
    const link = within(page).getByRole('link', { name: '4. Reversibility', exact: true });
    const clicked = await link.evaluate((element) => {
      const before = { time: performance.now(), scrollY: window.scrollY };
      (element as HTMLElement).click();
      return before;
    });
    const target = page.locator(`[id="${id}"]`);
    await expect.poll(() => target.evaluate((element) => element.matches(':target'))).toBe(true);
    const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    // Let a smooth scroll finish: the scroll position unchanged over the last frames, in frames rather than milliseconds.
    await page.waitForFunction(
      ({ since, frames }) => {
        const after = (window as unknown as { frameSamples: Sample[] }).frameSamples.filter((sample) => sample.time > since);
        const last = after.slice(-frames);
        return last.length === frames && last.every((sample) => sample.scrollY === last[0]?.scrollY) && (last[0]?.scrollY ?? 0) > 0;
      },
      { since: clicked.time, frames: 10 },
    );
    const samples = (await frameSamples(page)).filter((sample) => sample.time > clicked.time);
    const end = samples.at(-1)?.scrollY ?? 0;
    const between = samples.map((sample) => sample.scrollY).filter((y) => y > clicked.scrollY + 1 && y < end - 1);
    const landed = await target.evaluate(
      (element) =>
        element.getBoundingClientRect().top -
        Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) -
        Number.parseFloat(getComputedStyle(element).scrollMarginTop),
    );
    return { intermediate: new Set(between).size, end, landed, behaviour };
  }

  for (const link of LINKS) {
    test(`${link.path}: scrolls smoothly to #${link.id}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      const { intermediate, end, landed, behaviour } = await scrollPositionsAfterClick(page, link);
      expect(behaviour).toBe('smooth');
      expect(end).toBeGreaterThan(1000);
      expect(Math.abs(landed)).toBeLessThanOrEqual(1);
      // An instant jump draws none; however slow the machine, an animation draws at least one.
      expect(intermediate, 'frames drawn between the start and the end of the scroll').toBeGreaterThanOrEqual(1);
    });

    test(`${link.path}: jumps at once to #${link.id} under prefers-reduced-motion: reduce`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const { intermediate, end, landed, behaviour } = await scrollPositionsAfterClick(page, link);
      expect(behaviour).toBe('auto');
      expect(end).toBeGreaterThan(1000);
      expect(Math.abs(landed)).toBeLessThanOrEqual(1);
      expect(intermediate, 'frames drawn between the start and the end of the scroll').toBe(0);
    });
  }
});

test.describe('a malformed fragment (#%E0, which decodeURIComponent refuses) breaks nothing', () => {
  /** Page errors and console errors of a page, from its first script on. */
  function watchErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    return errors;
  }

  for (const path of ['/#%E0', '/parties/customer/checklist/#%E0']) {
    test(`${path}: loads, its scripts run, no page error, no console error`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      // The theme control is shown by its script: the page's module scripts ran.
      await expect(page.locator('theme-select')).toBeVisible();
      // The fragment changing while the page is open (anchor aliases, the table of contents listen):
      // the page's listeners run before this one, registered last, then a frame is drawn.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            window.addEventListener('hashchange', () => requestAnimationFrame(() => done()), { once: true });
            location.hash = '%E0%A4';
          }),
      );
      expect(errors).toEqual([]);
    });
  }

  test('a search result opened from /#%E0 lands on its row', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/#%E0', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('certificate of destruction');
    await page
      .getByRole('dialog')
      .getByRole('link', { name: /Provide a certificate of destruction/ })
      .first()
      .click();
    const id = 'activity-5-2-provide-a-certificate-of-destruction-upon-request';
    await expect(page).toHaveURL(new RegExp(`/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toHaveClass(/is-highlighted/);
    expect(errors).toEqual([]);
  });
});
