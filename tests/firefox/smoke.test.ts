/**
 * A smoke test of the production build in Firefox ESR, the browser French public bodies standardise
 * on: the rest of the browser tests run in Chromium only. puppeteer-core drives the system's
 * Firefox over WebDriver BiDi (Playwright's own Firefox build cannot be downloaded here).
 * One Firefox for the file, a fresh browser context (storage included) per test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { findFirefox } from '../../scripts/firefox.mjs';
import { searchQueries } from '../fixtures/search-queries';
import { deepLinks } from '../fixtures/site';
import { expectedRows } from '../fixtures/source-expectations';

const DIST = process.env['OUT_DIR'] ?? 'dist';
const PORT = Number(process.env['FIREFOX_PORT'] ?? 4405);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
const CHECKLIST = '/parties/customer/checklist/';
const SOURCE_URL = 'https://docs.ovhcloud.com/en/guides/hosted-private-cloud/powered-by-vmware/snc-responsibility-sharing';
/** `body`'s background in the dark theme (src/styles/global.css), as the Chromium tests expect it. */
const DARK_BACKGROUND = 'rgb(17, 21, 26)';

let server: ChildProcess;
let browser: Browser;

/** Serves the build as `npm start` does; resolves once it listens, rejects with its output if it exits. */
async function serve(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', DIST, String(PORT), '/'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Serving ')) resolve();
    });
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code}): ${output.trim()}`)));
  });
  return child;
}

beforeAll(async () => {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: run `npm test` (it installs Firefox ESR where it can) or set FIREFOX_PATH.');
  server = await serve();
  // Without userDataDir, Puppeteer starts Firefox on a new temporary profile and removes it on close.
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // A light system theme, so that choosing Dark is a change whatever the machine's setting.
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 1 },
  });
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill();
    await once(server, 'exit');
  }
});

/** The pages of the running test, each with what it saw that must never happen on the site. */
const opened: { context: BrowserContext; problems: string[] }[] = [];

/**
 * A page in a new browser context that records, from before its first load, every uncaught error,
 * console error or warning, CSP violation (Firefox reports it as an uncaught error; the init script
 * turns the `securitypolicyviolation` event into a console error) and request to another origin.
 */
async function openPage(viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  opened.push({ context, problems });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== ORIGIN) problems.push(`request to another origin: ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('exception', (exception) => problems.push(`uncaught: ${exception.text()}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.setViewport(viewport);
  return { page, problems };
}

afterEach(async () => {
  const problems = opened.flatMap((page) => page.problems);
  await Promise.all(opened.splice(0).map(({ context }) => context.close()));
  expect(problems, 'uncaught errors, console errors or warnings, CSP violations, requests to another origin').toEqual([]);
});

/**
 * Where the element `id` is (runs in the page): the page's :target, in the viewport, clear of the
 * sticky site header and table header, not covered, and at the page's scroll padding (room for
 * those headers) unless the page cannot scroll that far.
 */
function placement(id: string) {
  const element = document.getElementById(id);
  if (!element) return `no element #${id}`;
  const box = element.getBoundingClientRect();
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const tableHeader = element.closest('table')?.querySelector('thead')?.getBoundingClientRect().bottom ?? 0;
  const topmost = document.elementFromPoint(box.left + 4, box.top + 2);
  const scrollPadding =
    Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) +
    Number.parseFloat(getComputedStyle(element).scrollMarginTop);
  const atPageEnd = window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1;
  return {
    target: element.matches(':target'),
    inViewport: box.top >= 0 && box.bottom <= window.innerHeight,
    belowStickyHeaders: box.top >= Math.max(header, tableHeader) - 1,
    uncovered: topmost !== null && (topmost === element || element.contains(topmost)),
    atScrollPadding: atPageEnd || Math.abs(box.top - scrollPadding) <= 1,
  };
}
const IN_VIEW = { target: true, inViewport: true, belowStickyHeaders: true, uncovered: true };
const LANDED = { ...IN_VIEW, atScrollPadding: true };

test('the full matrix has every activity row of the source, with each party’s letters', async () => {
  const { page } = await openPage(DESKTOP);
  await page.goto(`${ORIGIN}/`);
  // textContent: the letters as written (a cell without any reads "no role"), whatever CSS shows.
  const rows = await page.$$eval('[data-matrix] tbody tr', (trs) =>
    trs.map((tr) => {
      // The row header, one cell per party, then the cell that receives the copy-link button.
      const cells = [...tr.children];
      return {
        section: tr.closest('section[data-section]')?.getAttribute('data-section'),
        activity: cells[0]?.textContent.trim(),
        letters: cells.slice(1, -1).map((cell) => cell.textContent.trim()),
      };
    }),
  );
  expect(rows).toEqual(
    expectedRows.map((row) => ({
      section: row.section,
      activity: row.activity,
      letters: [row.customer || 'no role', row.ovhcloud || 'no role'],
    })),
  );
});

test('a deep link opened in a new tab puts its row below the sticky header, as the :target', async () => {
  const link = deepLinks[0];
  const id = link.path.split('#')[1] ?? '';
  const { page } = await openPage(DESKTOP);
  await page.goto(`${ORIGIN}${link.path}`);
  await expect.poll(() => page.evaluate(placement, id)).toEqual(LANDED);
  expect(await page.$eval(`[id="${id}"]`, (row) => row.textContent)).toContain(link.text);
});

test('search from the header: the expected activity comes first, and choosing it lands on its row', async () => {
  const query = searchQueries.find((candidate) => candidate.query === 'backup jobs');
  if (!query) throw new Error('tests/fixtures/search-queries.ts has no "backup jobs" query');
  const { page } = await openPage(DESKTOP);
  await page.goto(`${ORIGIN}/`);
  // CSS selectors: Firefox answers an accessibility query over BiDi by walking the whole page, in seconds.
  await page.click('button[data-search-button]');
  await page.type('#search-dialog input[type="search"]', query.query);
  // The status names the query once its results are shown: no earlier keystroke's results are read.
  await expect
    .poll(() => page.$eval('#search-dialog [data-search-status]', (status) => status.textContent))
    .toMatch(` for “${query.query}”.`);
  const first = '#search-dialog .search-result';
  expect(await page.$eval(first, (result) => result.querySelector('.search-result-title')?.textContent)).toBe(query.first);
  expect(await page.$eval(first, (result) => result.getAttribute('href'))).toBe(`/#${query.anchor}`);
  // The page scrolls smoothly to the row: its `scrollend` event says when the scroll is over.
  await page.evaluate(() => {
    const ended = new Promise((resolve) => window.addEventListener('scrollend', resolve, { once: true }));
    Object.assign(window, { scrollEnded: ended });
  });
  await page.click(first);
  await page.evaluate(() => (window as unknown as { scrollEnded: Promise<Event> }).scrollEnded.then(() => undefined));
  expect(await page.evaluate(() => (document.querySelector('#search-dialog') as HTMLDialogElement).open)).toBe(false);
  expect(await page.evaluate(() => location.hash)).toBe(`#${query.anchor}`);
  // Not to the pixel: the pointer rests over the matrix while it scrolls, and the copy-link button
  // follows it into the rows passing under it, making each 5 px taller on a wide screen in turn.
  expect(await page.evaluate(placement, query.anchor)).toMatchObject(IN_VIEW);
});

test('a reload of the full matrix keeps the reader’s place, far down on a phone', async () => {
  const row = searchQueries.find((candidate) => candidate.query === 'hypervisor');
  if (!row) throw new Error('tests/fixtures/search-queries.ts has no "hypervisor" query');
  const { page } = await openPage(PHONE);
  await page.goto(`${ORIGIN}/`);
  /** The row's top in the viewport, rounded, once two frames have been drawn. */
  const rowTop = () =>
    page.evaluate(async (id) => {
      await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      return Math.round(document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN);
    }, row.anchor);
  await page.$eval(`[id="${row.anchor}"]`, (element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const before = await rowTop();
  expect(before).toBeGreaterThan(0);
  await page.reload();
  // Firefox restores the scroll position once the page has loaded.
  await expect.poll(rowTop).toBe(before);
});

test('a checklist status is kept in localStorage across a reload', async () => {
  // An activity of the Customer's checklist (R or A), with its anchor worked out by hand.
  const activity = searchQueries.find((candidate) => candidate.query === 'backup jobs');
  if (!activity) throw new Error('tests/fixtures/search-queries.ts has no "backup jobs" query');
  expect(activity.customer).toMatch(/[RA]/);
  const key = `raci-checklist:v1:${encodeURIComponent(SOURCE_URL)}:customer:${activity.anchor}`;
  const status = `li[data-item="${activity.anchor}"] select[name="status"]`;
  const { page } = await openPage(DESKTOP);
  await page.goto(`${ORIGIN}${CHECKLIST}`);
  expect(await page.$eval(`li[data-item="${activity.anchor}"] .item-title`, (link) => link.textContent.trim())).toBe(activity.first);
  await page.waitForSelector(status);
  expect(await page.$eval(status, (select) => (select as HTMLSelectElement).value)).toBe('todo');
  await page.select(status, 'done');
  await expect.poll(() => page.evaluate((name) => JSON.parse(localStorage.getItem(name) ?? '{}').status, key)).toBe('done');
  await page.reload();
  await page.waitForSelector(status);
  expect(await page.$eval(status, (select) => (select as HTMLSelectElement).value)).toBe('done');
});

test('choosing the dark theme applies it, and it survives a reload', async () => {
  const { page } = await openPage(DESKTOP);
  await page.goto(`${ORIGIN}/`);
  // The control is shown by its script: waiting for it to show waits for the script.
  const theme = 'theme-select select';
  await page.waitForSelector(theme, { visible: true });
  const state = () =>
    page.evaluate(() => ({
      attribute: document.documentElement.dataset['theme'],
      background: getComputedStyle(document.body).backgroundColor,
      stored: localStorage.getItem('raci-theme'),
      chosen: document.querySelector<HTMLSelectElement>('theme-select select')?.value,
    }));
  expect(await state()).toEqual({ attribute: undefined, background: 'rgb(255, 255, 255)', stored: null, chosen: 'auto' });
  await page.select(theme, 'dark');
  const dark = { attribute: 'dark', background: DARK_BACKGROUND, stored: 'dark', chosen: 'dark' };
  expect(await state()).toEqual(dark);
  await page.reload();
  await page.waitForSelector(theme, { visible: true });
  expect(await state()).toEqual(dark);
});

test('at 375 px wide, the full matrix and the checklist do not scroll sideways', async () => {
  const { page } = await openPage(PHONE);
  const overflowing: string[] = [];
  for (const path of ['/', CHECKLIST]) {
    await page.goto(`${ORIGIN}${path}`);
    // The checklist's controls are added by its script, a few items at a time, the list busy
    // until all are there: measure the page as the reader gets it.
    if (path === CHECKLIST) {
      await page.waitForSelector('li[data-item] select[name="status"]');
      await page.waitForSelector('.checklist-items[aria-busy="false"]');
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) overflowing.push(`${path}: ${overflow} px`);
  }
  expect(overflowing).toEqual([]);
});

test('the watch hears an uncaught error, a CSP violation and a request to another origin', async () => {
  // The other tests pass when the watch stays silent: this one shows that it does hear.
  const { page, problems } = await openPage(DESKTOP);
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(() => {
    setTimeout(() => {
      const script = document.createElement('script');
      script.textContent = '0';
      document.head.append(script);
      throw new Error('deliberate');
    });
  });
  await expect
    .poll(() => problems)
    .toEqual(expect.arrayContaining(['uncaught: Error: deliberate', expect.stringMatching(/^console error: CSP violation: script-src/)]));
  const elsewhere = `http://localhost:${PORT}/`;
  await page.goto(elsewhere);
  expect(problems).toContain(`request to another origin: ${elsewhere}`);
  problems.splice(0);
});
