import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { SITE } from '../fixtures/sharing';
import { roleNames } from '../fixtures/site';
import { type ExpectedRow, expectedChecklistCounts, expectedPhases, expectedRows, expectedSections } from '../fixtures/source-expectations';
import { axeViolations } from '../helpers/axe';
import { checklistItem, checklistStorage } from '../helpers/checklist';
import { downloadFrom } from '../helpers/download';
import { watchPage } from '../helpers/page-watch';
import { readXlsx, type XlsxSheet } from '../helpers/xlsx';

const TITLE = 'Responsibility sharing for the Hosted Private Cloud by VMware service under the SecNumCloud qualification';
const SOURCE_URL = 'https://docs.ovhcloud.com/en/guides/hosted-private-cloud/powered-by-vmware/snc-responsibility-sharing';
const LAST_UPDATED = '2026-06-11';
const PARTIES = [
  { key: 'customer', name: 'Customer' },
  { key: 'ovhcloud', name: 'OVHcloud' },
] as const;
type PartyKey = (typeof PARTIES)[number]['key'];
const CHECKLIST = '/parties/customer/checklist/';
/** The Customer checklist's storage. */
const storage = checklistStorage(SOURCE_URL, 'customer');
/** A note that a spreadsheet would run as a formula, with markup that a page would render. */
const FORMULA_NOTE = '=1+1 <b>bold</b>';

const isTracked = (letters: string) => letters.includes('R') || letters.includes('A');
const trackedRows = (party: PartyKey) => expectedRows.filter((row) => isTracked(row[party]));
const phaseTitle = (row: ExpectedRow) => `${row.phase}. ${expectedPhases.find((phase) => phase.number === row.phase)?.title}`;
const sectionTitle = (row: ExpectedRow) => `${row.section}. ${expectedSections.find((section) => section.number === row.section)?.title}`;

const items = (page: Page) => page.locator('li[data-item]');
const item = checklistItem;
const visibleTitles = (page: Page) => page.locator('li[data-item]:visible .item-title').allInnerTexts();

const savedRecords = storage.records;
const download = downloadFrom;

// The first four Customer items of the source (phase 1: all three; phase 2: the first R or A one).
const [choose, size, options, licences] = trackedRows('customer').map((row) => row.activity) as [string, string, string, string];

/** Sets a little of everything on the first four items. */
async function fillSome(page: Page) {
  await item(page, choose).getByLabel('Status').selectOption({ label: 'Done' });
  await item(page, choose).getByLabel('Owner').fill('Alice Martin');
  await item(page, size).getByLabel('Status').selectOption({ label: 'In progress' });
  await item(page, size).getByLabel('Note').fill(FORMULA_NOTE);
  await item(page, options).getByLabel('Status').selectOption({ label: 'Not applicable' });
  await item(page, options).getByLabel('Due date').fill('2026-12-31');
  await item(page, licences).getByLabel('Status').selectOption({ label: 'Done' });
  await item(page, licences).getByLabel('Evidence link').fill('https://intranet.example.com/evidence/42');
}

for (const party of PARTIES) {
  test(`${party.name}'s checklist lists the activities it is R or A for, with every party's letters, as in the source`, async ({
    page,
  }) => {
    const expected = trackedRows(party.key);
    expect(expected).toHaveLength(expectedChecklistCounts[party.key].tracked);
    await page.goto(`/parties/${party.key}/checklist/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${party.name}'s checklist`);
    await expect(
      page.getByText(`${expected.length} activities in which ${party.name} is Responsible or Accountable (R or A).`),
    ).toBeVisible();
    expect(await visibleTitles(page)).toEqual(expected.map((row) => row.activity));
    const letters = await page
      .locator('li[data-item]:visible .item-letters')
      .evaluateAll((lists) => lists.map((list) => [...list.querySelectorAll('.item-party')].map((p) => (p as HTMLElement).innerText)));
    expect(letters).toEqual(expected.map((row) => [`Customer ${row.customer || 'no role'}`, `OVHcloud ${row.ovhcloud || 'no role'}`]));
    const hrefs = await page.locator('li[data-item]:visible .item-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.every((href) => href?.startsWith('/#activity-'))).toBe(true);
    await expect(page.locator('[data-overall]')).toHaveText(
      `0 of ${expected.length} items done (0 not applicable): ${expected.length} to do, 0 in progress.`,
    );
    await expect(page.getByText(/^Your checklist is kept in this browser only/)).toBeVisible();
    // Every listed item gets its fields, a few per task (the list is busy until then).
    await expect(page.locator('.checklist-items')).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('li[data-item]:visible').filter({ has: page.getByLabel('Status') })).toHaveCount(expected.length);
    // Each item sits under its phase and its section trail.
    const row = expected.find((candidate) => candidate.section === '3.1.2') as ExpectedRow;
    const group = page.locator('[data-group]').filter({ has: page.getByRole('link', { name: row.activity, exact: true }) });
    await expect(group.getByRole('heading', { level: 3 })).toHaveText('3.1. Operations › 3.1.2. Access management');
    await expect(page.locator('[data-phase]').filter({ has: group }).getByRole('heading', { level: 2 })).toHaveText('3. Service Usage');

    const others = expectedChecklistCounts[party.key].others;
    const control = page.getByLabel(`Also list the ${others} activities in which ${party.name} is only Consulted or Informed (C or I)`);
    await control.check();
    expect(await visibleTitles(page)).toEqual(expectedRows.filter((row) => row[party.key] !== '').map((row) => row.activity));
    // Every listed item has its fields, those just listed too (an item gets them when first shown).
    const listed = page.locator('li[data-item]:visible');
    await expect(listed.filter({ has: page.getByLabel('Status') })).toHaveCount(expected.length + others);
    // The page's settings sit under the key without an activity id.
    expect(await checklistStorage(SOURCE_URL, party.key).settings(page)).toMatchObject({ includeOthers: true });
    await page.reload();
    await expect(control).toBeChecked();
    await expect(items(page).locator('visible=true')).toHaveCount(expected.length + others);
  });
}

test('without JavaScript: the R/A activities with letters and links, a word on JavaScript, and the static downloads', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHECKLIST);
  expect(await visibleTitles(page)).toEqual(trackedRows('customer').map((row) => row.activity));
  await expect(page.getByText(/^Tracking needs JavaScript/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeHidden();
  const notice = page.locator('.no-js-only');
  await expect(notice.getByRole('link', { name: 'XLSX' })).toHaveAttribute('href', '/exports/parties/customer.xlsx');
  await expect(notice.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/exports/parties/customer.csv');
  for (const href of ['/exports/parties/customer.xlsx', '/exports/parties/customer.csv'])
    expect((await page.request.get(href)).status(), href).toBe(200);
  await context.close();
});

test('links: the header, the party view and the column headers of the matrix lead to the checklist', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'OVHcloud checklist' })).toHaveAttribute(
    'href',
    '/parties/ovhcloud/checklist/',
  );
  await page
    .getByRole('table', { name: '1.1. Specify service as needed' })
    .getByRole('columnheader', { name: /^Customer/ })
    .getByRole('link', { name: 'checklist' })
    .click();
  await expect(page).toHaveURL(/\/parties\/customer\/checklist\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customer checklist' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.goto('/parties/ovhcloud/');
  await page.getByRole('main').getByRole('link', { name: "OVHcloud's checklist" }).click();
  await expect(page).toHaveURL(/\/parties\/ovhcloud\/checklist\/$/);
});

test('status, owner, due date, note and evidence are kept across a reload; the note is shown as text', async ({ page }) => {
  await page.goto(CHECKLIST);
  await fillSome(page);
  await page.reload();
  await expect(item(page, choose).getByLabel('Status')).toHaveValue('done');
  await expect(item(page, choose).getByLabel('Owner')).toHaveValue('Alice Martin');
  await expect(item(page, size).getByLabel('Status')).toHaveValue('in-progress');
  await expect(item(page, size).getByLabel('Note')).toHaveValue(FORMULA_NOTE);
  await expect(item(page, options).getByLabel('Status')).toHaveValue('not-applicable');
  await expect(item(page, options).getByLabel('Due date')).toHaveValue('2026-12-31');
  await expect(item(page, licences).getByLabel('Evidence link')).toHaveValue('https://intranet.example.com/evidence/42');
  // The markup is text: no element made of the note (the letter badges are <b> too), the printed
  // sheet shows the characters.
  await expect(page.locator('raci-checklist b', { hasText: 'bold' })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-sheet] tr').nth(1).locator('td').nth(4)).toHaveText(FORMULA_NOTE);
  await page.emulateMedia({ media: 'screen' });

  // 44 items: 2 done, 1 in progress, 1 not applicable (so 43 count), 40 to do.
  await expect(page.locator('[data-overall]')).toHaveText('2 of 43 items done (1 not applicable): 40 to do, 1 in progress.');
  const row = (phase: string) => page.getByRole('row', { name: new RegExp(`^${phase}`) });
  await expect(row('1. Before subscription').getByRole('cell')).toHaveText(['0', '1', '1', '1', '1 of 2']);
  await expect(row('2. Service availability').getByRole('cell')).toHaveText(['5', '0', '1', '0', '1 of 6']);
  const bar = row('1. Before subscription').getByRole('progressbar', { name: 'Done in 1. Before subscription' });
  await expect(bar).toHaveJSProperty('value', 1);
  await expect(bar).toHaveJSProperty('max', 2);
  await expect(page.getByRole('progressbar', { name: /^2 of 43 items done/ })).toHaveJSProperty('value', 2);

  await page.getByLabel('Show').selectOption({ label: 'Done' });
  expect(await visibleTitles(page)).toEqual([choose, licences]);
  await expect(page.getByText('Showing 2 of 44 items.')).toBeVisible();
  await page.getByLabel('Show').selectOption({ label: 'All items' });
  await expect(items(page).locator('visible=true')).toHaveCount(44);
});

test('an evidence link must be http or https: anything else is flagged and not saved', async ({ page }) => {
  await page.goto(CHECKLIST);
  const field = item(page, choose).getByLabel('Evidence link');
  await field.fill('javascript:alert(1)');
  await field.blur();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Enter a link that starts with http:// or https://. It is not saved until then.');
  expect(await savedRecords(page)).toEqual({});
  await field.fill('https://evidence.example.org/report.pdf');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(item(page, choose).getByText('Enter a link')).toBeHidden();
  expect(Object.values(await savedRecords(page))).toMatchObject([{ evidence: 'https://evidence.example.org/report.pdf' }]);
});

test.describe('keyboard', () => {
  // The date is typed month first, as in American English.
  test.use({ locale: 'en-US' });
  test('the fields follow the activity in order, with visible labels', async ({ page }) => {
    await page.goto(CHECKLIST);
    const first = item(page, choose);
    await first.getByRole('link', { name: choose }).focus();
    const typed = {
      Status: '',
      Owner: 'Kim',
      'Due date': '12312026',
      'Evidence link': 'https://evidence.example.org/k',
      Note: 'By keyboard',
    };
    for (const [label, keys] of Object.entries(typed)) {
      // A date field takes several Tab presses (month, day, year, calendar button): go on until the next field.
      const field = first.getByLabel(label);
      for (let presses = 0; presses < 4 && !(await field.evaluate((element) => element === document.activeElement)); presses += 1)
        await page.keyboard.press('Tab');
      await expect(field).toBeFocused();
      await expect(first.locator('label').filter({ hasText: label })).toBeVisible();
      await page.keyboard.type(keys);
    }
    await page.reload();
    await expect(first.getByLabel('Owner')).toHaveValue('Kim');
    await expect(first.getByLabel('Due date')).toHaveValue('2026-12-31');
    await expect(first.getByLabel('Evidence link')).toHaveValue('https://evidence.example.org/k');
    await expect(first.getByLabel('Note')).toHaveValue('By keyboard');
  });
});

for (const viewport of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} px, a focused field's outline is drawn whole, inside the fields that clip their painting`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(CHECKLIST);
    const first = item(page, choose);
    await first.getByRole('link', { name: choose }).focus();
    // Focus from the keyboard: the outline shows (:focus-visible), and on the fields focused next.
    await page.keyboard.press('Tab');
    await expect(first.getByLabel('Status')).toBeFocused();
    const clipped = await first.locator('.item-fields').evaluate((fields) => {
      return [...fields.querySelectorAll<HTMLElement>('[name]')].flatMap((control) => {
        // Measured once focused: the focus may scroll the page.
        control.focus();
        const box = fields.getBoundingClientRect();
        const style = getComputedStyle(control);
        const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
        if (!control.matches(':focus-visible') || style.outlineStyle === 'none' || !(reach > 0))
          return [`${control.getAttribute('name')}: no outline`];
        const outline = control.getBoundingClientRect();
        const outside = Math.max(
          box.left - (outline.left - reach),
          outline.right + reach - box.right,
          box.top - (outline.top - reach),
          outline.bottom + reach - box.bottom,
        );
        return outside > 0 ? [`${control.getAttribute('name')}: ${outside} px outside`] : [];
      });
    });
    expect(clipped).toEqual([]);
  });
}

test('two tabs stay in step: one record per item, the last write to each field wins, nothing else is lost', async ({ context }) => {
  const [one, two] = [await context.newPage(), await context.newPage()];
  await one.goto(CHECKLIST);
  await two.goto(CHECKLIST);
  await item(one, choose).getByLabel('Owner').fill('Alice');
  await expect(item(two, choose).getByLabel('Owner')).toHaveValue('Alice');
  await item(two, choose).getByLabel('Note').fill('Written in tab two');
  await item(one, choose).getByLabel('Status').selectOption({ label: 'In progress' });
  await item(two, choose).getByLabel('Owner').fill('Bob');
  for (const page of [one, two]) {
    await expect(item(page, choose).getByLabel('Owner')).toHaveValue('Bob');
    await expect(item(page, choose).getByLabel('Note')).toHaveValue('Written in tab two');
    await expect(item(page, choose).getByLabel('Status')).toHaveValue('in-progress');
    await expect(page.locator('[data-overall]')).toHaveText('0 of 44 items done (0 not applicable): 43 to do, 1 in progress.');
  }
  const records = await savedRecords(one);
  expect(Object.keys(records)).toHaveLength(1);
  expect(Object.values(records)[0]).toMatchObject({ owner: 'Bob', note: 'Written in tab two', status: 'in-progress' });
});

test('export JSON, clear the browser, import it: the same checklist, after a preview and a confirmation', async ({ page, baseURL }) => {
  // The file reader (its schema) is not loaded before the reader does anything; then it runs with
  // no console error nor CSP violation.
  const { problems } = await watchPage(page, baseURL);
  const readers: string[] = [];
  page.on('request', (request) => request.url().includes('/_astro/checklist-file-reader') && readers.push(request.url()));
  await page.goto(CHECKLIST);
  await page.waitForLoadState('networkidle');
  expect(readers).toEqual([]);
  await fillSome(page);
  await expect(page.getByText('You have changes that are not in a JSON export yet.')).toBeVisible();
  const before = await savedRecords(page);
  const { name, bytes } = await download(page, 'Export JSON');
  expect(name).toMatch(/^customer-checklist-2026-06-11-exported-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText('You have changes that are not in a JSON export yet.')).toBeHidden();
  const file = JSON.parse(bytes.toString('utf8'));
  expect(file).toMatchObject({
    format: 'raci-checklist',
    version: 1,
    matrix: { title: TITLE, sourceUrl: SOURCE_URL, lastUpdated: LAST_UPDATED },
    party: { id: 'customer', name: 'Customer' },
  });
  expect(file.items).toHaveLength(4);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(item(page, choose).getByLabel('Owner')).toHaveValue('');
  await page.getByLabel('Import a JSON export').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  const preview = page.getByRole('region', { name: 'Replace your checklist with this file?' });
  await expect(preview).toContainText(`${name}: 4 items added, 0 changed, 0 cleared`);
  await expect(preview.getByRole('listitem').filter({ hasText: choose })).toContainText(
    'Status: To do → Done; Owner: (empty) → "Alice Martin"',
  );
  await expect(page.getByRole('heading', { name: 'Replace your checklist with this file?' })).toBeFocused();
  expect(await savedRecords(page)).toEqual({});
  await preview.getByRole('button', { name: 'Replace my checklist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 4 items.');
  expect(await savedRecords(page)).toEqual(before);
  await expect(item(page, size).getByLabel('Note')).toHaveValue(FORMULA_NOTE);
  await expect(item(page, choose).getByLabel('Owner')).toHaveValue('Alice Martin');
  expect(readers.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('each bad import file gets its message, and the saved checklist is left untouched', async ({ page }) => {
  await page.goto(CHECKLIST);
  await fillSome(page);
  const { bytes } = await download(page, 'Export JSON');
  const good = JSON.parse(bytes.toString('utf8'));
  const before = await savedRecords(page);
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const cases = [
    {
      file: 'notes.json',
      buffer: Buffer.from('Owner: Alice\nStatus: done\n'),
      message: 'This file is not JSON, so it is not a checklist export. Nothing was changed.',
    },
    {
      file: 'other-matrix.json',
      buffer: json({ ...good, matrix: { title: 'Another RACI', sourceUrl: 'https://example.org/another', lastUpdated: LAST_UPDATED } }),
      message: `This file is a checklist of another matrix ("Another RACI", https://example.org/another), not of "${TITLE}". Nothing was changed.`,
    },
    {
      file: 'ovhcloud.json',
      buffer: json({ ...good, party: { id: 'ovhcloud', name: 'OVHcloud' } }),
      message:
        "This file is OVHcloud's checklist, and this page is Customer's: import it on OVHcloud's checklist page. Nothing was changed.",
    },
    {
      file: 'wrong-shape.json',
      buffer: json({ ...good, items: [{ ...good.items[0], status: 'finished' }] }),
      message: `This file is not a checklist export this page can read: items[0] (${good.items[0].id}) "status": must be one of "todo", "in-progress", "done", "not-applicable". Nothing was changed.`,
    },
    {
      file: 'matrix-export.json',
      buffer: await (await page.request.get('/exports/parties/customer.json')).body(),
      message: 'This file is not a checklist export this page can read: its "format" is not "raci-checklist". Nothing was changed.',
    },
    {
      file: 'huge.json',
      buffer: Buffer.concat([json(good).subarray(0, -1), Buffer.from(`,"padding":"${'x'.repeat(1_200_000)}"}`)]),
      message: 'This file is 1.2 MB, over the 1 MB a checklist export can be: it is not one. Nothing was changed.',
    },
  ];
  for (const { file, buffer, message } of cases) {
    await page.getByLabel('Import a JSON export').setInputFiles({ name: file, mimeType: 'application/json', buffer });
    await expect(page.getByRole('alert'), file).toHaveText(message);
    await expect(page.getByRole('region', { name: 'Replace your checklist with this file?' })).toBeHidden();
    expect(await savedRecords(page), file).toEqual(before);
  }
  await page.reload();
  await expect(item(page, choose).getByLabel('Owner')).toHaveValue('Alice Martin');
});

for (const [variant, script] of [
  [
    'storage refuses writes (private browsing, quota full)',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
  [
    'storage is turned off',
    () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  ],
] as const) {
  test(`when ${variant}, the page says so and still works for the session; export still works`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto(CHECKLIST);
    await expect(page.getByText(/^This browser does not let the page save your checklist/)).toBeVisible();
    await expect(page.getByText(/^Your checklist is kept in this browser only/)).toBeHidden();
    await item(page, choose).getByLabel('Status').selectOption({ label: 'Done' });
    await item(page, choose).getByLabel('Owner').fill('Alice Martin');
    await expect(page.locator('[data-overall]')).toHaveText('1 of 44 items done (0 not applicable): 43 to do, 0 in progress.');
    const { bytes } = await download(page, 'Export JSON');
    expect(JSON.parse(bytes.toString('utf8')).items).toMatchObject([{ status: 'done', owner: 'Alice Martin' }]);
  });
}

test('offline once loaded: tracking and the JSON export work; the spreadsheet writers say they need the network', async ({
  page,
  context,
}) => {
  await page.goto(CHECKLIST);
  await context.setOffline(true);
  await item(page, choose).getByLabel('Status').selectOption({ label: 'Done' });
  await expect(page.locator('[data-overall]')).toHaveText('1 of 44 items done (0 not applicable): 43 to do, 0 in progress.');
  const { bytes } = await download(page, 'Export JSON');
  expect(JSON.parse(bytes.toString('utf8')).items).toMatchObject([{ status: 'done' }]);
  await page.getByRole('button', { name: 'Export XLSX' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The XLSX writer could not be loaded: check your connection and try again. Export JSON works offline.',
  );
  await context.setOffline(false);
  const { name } = await download(page, 'Export XLSX');
  expect(name).toMatch(/\.xlsx$/);
});

test('offline: an import needs the file reader and its words, which load once the reader uses the page', async ({ page, context }) => {
  const file = (buffer: Buffer) => ({ name: 'customer.json', mimeType: 'application/json', buffer });
  await page.goto(CHECKLIST);
  await context.setOffline(true);
  await page.getByLabel('Import a JSON export').setInputFiles(file(Buffer.from('{}')));
  await expect(page.getByRole('alert')).toHaveText(
    'The file reader could not be loaded: check your connection and try again. Nothing was changed.',
  );
  await context.setOffline(false);
  const reader = page.waitForResponse((response) => response.url().includes('/_astro/checklist-file-reader'));
  const words = page.waitForResponse((response) => new URL(response.url()).pathname === '/checklist-words.json');
  await item(page, choose).getByLabel('Owner').fill('Alice');
  // Received in full before the network goes away.
  for (const response of await Promise.all([reader, words])) await response.finished();
  const { bytes } = await download(page, 'Export JSON');
  await context.setOffline(true);
  await page.getByLabel('Import a JSON export').setInputFiles(file(bytes));
  await expect(page.getByRole('status').filter({ hasText: 'nothing to import' })).toHaveText(
    'customer.json holds the same checklist as this page: nothing to import.',
  );
});

test('print: an evidence sheet with status, owner, due date, note and evidence, the matrix date and the date printed', async ({ page }) => {
  await page.goto(CHECKLIST);
  await fillSome(page);
  await page.emulateMedia({ media: 'print' });
  await expect(items(page).first()).toBeHidden();
  const sheet = page.getByRole('region', { name: "Evidence sheet: Customer's checklist" });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(`${TITLE}. Matrix last updated June 11, 2026. Printed`);
  const printed = await sheet.locator('[data-printed]').innerText();
  expect(printed).toMatch(new RegExp(`^[A-Z][a-z]+ \\d{1,2}, ${new Date().getFullYear()}$`));
  await expect(sheet.getByRole('columnheader')).toHaveText(['Activity', 'Status', 'Owner', 'Due date', 'Note', 'Evidence']);
  const rows = sheet.locator('tbody tr');
  await expect(rows).toHaveCount(44);
  await expect(rows.nth(0).getByRole('cell')).toHaveText([`1.1. Specify service as needed: ${choose}`, 'Done', 'Alice Martin', '', '', '']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    `1.1. Specify service as needed: ${options}`,
    'Not applicable',
    '',
    '2026-12-31',
    '',
    '',
  ]);
  await expect(rows.nth(3).getByRole('cell').nth(5)).toHaveText('https://intranet.example.com/evidence/42');
  await expect(rows.nth(43).getByRole('cell').nth(1)).toHaveText('To do');
});

test.describe('spreadsheets of the checklist, read back without exceljs', () => {
  test('CSV: UTF-8 with a BOM, the sheet columns plus letters and links, the formula-like note neutralised', async ({ page }) => {
    await page.goto(CHECKLIST);
    await fillSome(page);
    const { name, bytes } = await download(page, 'Export CSV');
    expect(name).toMatch(/^customer-checklist-2026-06-11-exported-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parse(bytes, { bom: true }) as string[][];
    expect(header).toEqual([
      'Phase',
      'Section',
      'Activity',
      'Customer',
      'OVHcloud',
      'Status',
      'Owner',
      'Due date',
      'Note',
      'Evidence',
      'Link',
    ]);
    expect(rows.map((row) => row.slice(0, 5))).toEqual(
      trackedRows('customer').map((row) => [phaseTitle(row), sectionTitle(row), row.activity, row.customer, row.ovhcloud]),
    );
    expect(rows.slice(0, 4).map((row) => row.slice(5, 10))).toEqual([
      ['Done', 'Alice Martin', '', '', ''],
      ['In progress', '', '', `'${FORMULA_NOTE}`, ''],
      ['Not applicable', '', '2026-12-31', '', ''],
      ['Done', '', '', '', 'https://intranet.example.com/evidence/42'],
    ]);
    const hrefs = await page.locator('li[data-item]:visible .item-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(rows.map((row) => row[10])).toEqual(hrefs.map((href) => `${SITE}${href}`));
  });

  test('XLSX: rows and letters as in the source, statuses as set, the formula-like note a text cell; no CSP violation', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`)),
    );
    await page.goto(CHECKLIST);
    // Nothing leaves the origin, and the XLSX writer loads only on demand.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    await fillSome(page);
    await download(page, 'Export CSV');
    expect(requests.filter((request) => request.includes('/_astro/xlsx'))).toEqual([]);
    const { name, bytes } = await download(page, 'Export XLSX');
    expect(requests.filter((request) => request.includes('/_astro/xlsx'))).toHaveLength(1);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((request) => !request.startsWith(`GET ${origin}/`))).toEqual([]);
    expect(name).toMatch(/^customer-checklist-2026-06-11-exported-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [sheet, legend] = readXlsx(bytes);
    expect(sheet?.name).toBe('Customer checklist');
    const expected = trackedRows('customer');
    expect(sheet?.rows.map((row) => row.slice(0, 6))).toEqual([
      ['Phase', 'Section', 'Activity', 'Customer', 'OVHcloud', 'Status'],
      ...expected.map((row, index) => [
        phaseTitle(row),
        sectionTitle(row),
        row.activity,
        row.customer,
        row.ovhcloud,
        ['Done', 'In progress', 'Not applicable', 'Done'][index] ?? 'To do',
      ]),
    ]);
    expect(sheet?.cells.get('I3')).toMatchObject({ text: FORMULA_NOTE, type: 's', formula: false, numFmtId: 49 });
    expect([...(sheet?.cells.values() ?? [])].some((cell) => cell.formula)).toBe(false);
    expect(sheet?.links.get('J5')).toBe('https://intranet.example.com/evidence/42');
    expect(sheet?.links.get('K2')).toMatch(new RegExp(`^${SITE}/#activity-1-1-`));
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.autoFilter).toBe('A1:K1');
    expect(legend?.rows.slice(1, 5).map((row) => row.slice(0, 2))).toEqual(Object.entries(roleNames));
    expect(problems).toEqual([]);
  });
});

test.describe('XLSX exports built with the site, read back without exceljs', () => {
  /** Each activity id of the full matrix with the text of its row. */
  async function rowTexts(page: Page): Promise<Record<string, string>> {
    await page.goto('/');
    return page
      .locator('tr[id^="activity-"]')
      .evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.id, row.querySelector('th')?.textContent?.trim() ?? ''])));
  }

  function checkTable(sheet: XlsxSheet | undefined, expected: ExpectedRow[], texts: Record<string, string>) {
    expect(sheet?.rows[0]).toEqual(['Phase', 'Section', 'Activity', 'Customer', 'OVHcloud', 'Link']);
    expect(sheet?.rows.slice(1).map((row) => row.slice(0, 5))).toEqual(
      expected.map((row) => [phaseTitle(row), sectionTitle(row), row.activity, row.customer, row.ovhcloud]),
    );
    // Each link leads to that activity's row on the full matrix.
    const links = expected.map((_, index) => sheet?.links.get(`F${index + 2}`) ?? '');
    expect(links.map((link) => texts[link.replace(`${SITE}/#`, '')])).toEqual(expected.map((row) => row.activity));
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.autoFilter).toBe('A1:F1');
    expect(sheet?.widths.slice(0, 6).every((width) => (width ?? 0) >= 12)).toBe(true);
  }

  test('the whole matrix: one sheet of every activity, one of the legend with the source and its date', async ({ page, request }) => {
    const [matrix, legend] = readXlsx(await (await request.get('/exports/raci-matrix.xlsx')).body());
    checkTable(matrix, expectedRows, await rowTexts(page));
    expect(legend?.name).toBe('Legend');
    expect(legend?.rows.slice(1, 5).map((row) => row.slice(0, 2))).toEqual(Object.entries(roleNames));
    expect(legend?.rows.slice(-3)).toEqual([
      ['Matrix', TITLE],
      ['Source', SOURCE_URL],
      ['Last updated', LAST_UPDATED],
    ]);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'XLSX of the whole matrix' })).toHaveAttribute('href', '/exports/raci-matrix.xlsx');
  });

  for (const party of PARTIES) {
    test(`${party.name}'s workbook: the activities where it holds a role`, async ({ page, request }) => {
      const [sheet] = readXlsx(await (await request.get(`/exports/parties/${party.key}.xlsx`)).body());
      expect(sheet?.name).toBe(party.name);
      checkTable(
        sheet,
        expectedRows.filter((row) => row[party.key] !== ''),
        await rowTexts(page),
      );
    });
  }
});

test.describe('accessibility with items in every state', () => {
  /** A record saved by hand: one whose letters changed since, one whose activity left the matrix. */
  const seeded = (activity: string, letters: Record<string, string>) => ({
    status: 'in-progress',
    owner: 'Seeded',
    due: '',
    note: '',
    evidence: '',
    seen: { activity, matrixDate: '2025-01-01', letters },
    updated: { status: 1, owner: 1, seen: 1 },
  });

  async function everyState(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(CHECKLIST);
    await storage.write(page, {
      'activity-1-1-choose-options-as-needed': seeded(options, { customer: 'RA', ovhcloud: 'C' }),
      'activity-9-9-a-removed-activity': seeded('A removed activity', { customer: 'RA', ovhcloud: 'I' }),
    });
    await page.reload();
    await fillSome(page);
    await item(page, choose).getByLabel('Evidence link').fill('not a link');
    await item(page, choose).getByLabel('Evidence link').blur();
    await page.getByLabel(/^Also list the 33 activities/).check();
    const { name, bytes } = await download(page, 'Export JSON');
    await item(page, choose).getByLabel('Owner').fill('Changed since the export');
    await page.getByLabel('Import a JSON export').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
    await expect(item(page, options).locator('[data-changed]')).toBeVisible();
    await expect(page.getByRole('region', { name: 'No longer in the matrix' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Replace your checklist with this file?' })).toBeVisible();
    return page;
  }

  for (const [name, options] of [
    ['desktop, light', { viewport: { width: 1280, height: 800 }, colorScheme: 'light' }],
    ['desktop, dark', { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }],
    ['375 px phone', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'light' }],
  ] as const) {
    test(`axe: no violations (${name})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext(options);
      const page = await everyState(context);
      expect(await axeViolations(page)).toEqual([]);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(options.viewport.width);
      await context.close();
    });
  }

  test('axe: no violations without JavaScript', async ({ page }) => {
    test.setTimeout(120_000);
    // axe itself needs JavaScript: the page is loaded without its scripts, as a browser without JavaScript shows it.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(CHECKLIST);
    await page.evaluate(() => document.documentElement.classList.remove('js'));
    await expect(page.getByText(/^Tracking needs JavaScript/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export JSON' })).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
});
