import { expect, type Page, test } from '@playwright/test';
import { spoken } from '../fixtures/site';
import { expectedChecklistCounts, expectedRows } from '../fixtures/source-expectations';

const READING = '/guides/reading-the-matrix/';
const LINKING = '/guides/linking-and-exporting/';
const CHECKLIST = '/guides/using-the-checklist/';

/**
 * What the guides' prose says about each example row, written by hand from the guides' text: the
 * letters each party holds (checked against the hand transcription of the source) and the trail
 * of phase and sections above the row.
 */
const examples = [
  {
    guide: READING,
    activity: 'Cooperate with the Customer as part of incident resolution',
    customer: 'CI',
    ovhcloud: 'RA',
    trail: '3. Service Usage › 3.2. Event management › 3.2.1. Incidents',
  },
  {
    guide: READING,
    activity: 'Validate the request for an infrastructure hardware change submitted by OVHcloud',
    customer: 'A',
    ovhcloud: 'R',
    trail: '3. Service Usage › 3.2. Event management › 3.2.2. Change',
  },
  {
    guide: READING,
    activity: 'Add/remove resources on VMs',
    customer: 'RA',
    ovhcloud: '',
    trail: '3. Service Usage › 3.1. Operations › 3.1.1. Daily operations',
  },
  {
    guide: READING,
    activity: 'Update the hypervisor',
    customer: 'I',
    ovhcloud: 'RA',
    trail: '3. Service Usage › 3.2. Event management › 3.2.2. Change',
  },
  {
    guide: LINKING,
    activity: 'Manage access to the Control Panel',
    customer: 'RA',
    ovhcloud: 'I',
    trail: '3. Service Usage › 3.1. Operations › 3.1.2. Access management',
  },
  {
    guide: CHECKLIST,
    activity: 'Manage access to the Control Panel',
    customer: 'RA',
    ovhcloud: 'I',
    trail: '3. Service Usage › 3.1. Operations › 3.1.2. Access management',
  },
];

const exampleRows = (page: Page) => page.locator('[data-example-row]');

test('the guides are listed in the header, on their own page, in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links).toHaveText(['How to read this matrix', 'How to link to and export the matrix', 'How to use the checklist']);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${READING}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to read this matrix');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('the 404 page links to the guides', async ({ page }) => {
  await page.goto('/no-such-page/');
  await page.getByRole('main').getByRole('link', { name: 'guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
});

for (const guide of [READING, LINKING, CHECKLIST]) {
  test(`${guide}: every example row is live from the matrix, with the source's letters`, async ({ page }) => {
    await page.goto(guide);
    const expected = examples.filter((example) => example.guide === guide);
    await expect(exampleRows(page)).toHaveCount(expected.length);
    for (const [index, example] of expected.entries()) {
      const source = expectedRows.find((row) => row.activity === example.activity);
      // The guide's prose agrees with the source document...
      expect([source?.customer, source?.ovhcloud]).toEqual([example.customer, example.ovhcloud]);
      // ...and so does the row it shows.
      const table = exampleRows(page).nth(index).getByRole('table');
      await expect(table.locator('caption')).toHaveText(example.trail);
      await expect(table.getByRole('columnheader')).toHaveText(['Activity', 'Customer', 'OVHcloud']);
      const row = table.getByRole('row').nth(1);
      await expect(row.getByRole('rowheader')).toHaveText(example.activity);
      for (const [cell, letters] of [
        [row.getByRole('cell').nth(0), example.customer],
        [row.getByRole('cell').nth(1), example.ovhcloud],
      ] as const) {
        if (letters === '') await expect(cell).toHaveText('no role');
        else await expect(cell.getByRole('img')).toHaveAccessibleName(spoken(letters));
      }
    }
  });
}

test('an example row links to its row on the full matrix', async ({ page }) => {
  await page.goto(READING);
  await page.getByRole('link', { name: 'Update the hypervisor' }).click();
  await expect(page).toHaveURL(/\/#activity-3-2-2-update-the-hypervisor$/);
  await expect(page.locator('#activity-3-2-2-update-the-hypervisor')).toBeInViewport();
});

test('reading: the badges in the prose are the legend letters, read out as role names', async ({ page }) => {
  await page.goto(READING);
  const sentence = page.locator('.guide-body > p', { hasText: 'OVHcloud is Responsible and Accountable' });
  await expect(sentence.getByRole('img')).toHaveText(['RA', 'CI']);
  await expect(sentence.getByRole('img').first()).toHaveAccessibleName(spoken('RA'));
  await expect(sentence.getByRole('img').last()).toHaveAccessibleName(spoken('CI'));
  await expect(page.getByRole('heading', { name: 'Roles' })).toBeVisible();
  await expect(page.locator('.legend dt')).toHaveText(['RResponsible', 'AAccountable', 'CConsulted', 'IInformed', 'no role']);
});

test('reading: 3.2.2. Change is under 3.2, as the guide says, on the section page of 3.2', async ({ page }) => {
  await page.goto(READING);
  await page.getByRole('link', { name: 'section page of 3.2' }).click();
  await expect(page).toHaveURL(/\/sections\/3-2-event-management\/$/);
  await expect(page.getByRole('heading', { name: '3.2.2. Change' })).toBeVisible();
});

test('linking: the CSV lines shown are lines of the export', async ({ page, request }) => {
  await page.goto(LINKING);
  const shown = (await page.locator('.guide-body pre').innerText()).trim().split('\n');
  expect(shown).toHaveLength(2);
  const csv = (await (await request.get('exports/raci-matrix.csv')).text()).replace(/^\uFEFF/, '').split('\r\n');
  expect(csv[0]).toBe(shown[0]);
  expect(csv).toContain(shown[1]);
});

test('linking: the JSON export holds what the guide says of an activity', async ({ request }) => {
  const json = await (await request.get('exports/raci-matrix.json')).json();
  const activities = json.phases.flatMap((phase: { sections: { activities: unknown[] }[] }) => phase.sections.flatMap((s) => s.activities));
  const activity = activities.find((a: { text: string }) => a.text === 'Manage access to the Control Panel');
  expect(Object.keys(activity)).toEqual(['id', 'text', 'roles', 'url']);
  expect(activity.roles).toEqual({ customer: ['R', 'A'], ovhcloud: ['I'] });
  expect(activity.id).toBe('activity-3-1-2-manage-access-to-the-control-panel');
});

test('linking: every link of the guide opens a page of the site', async ({ page, request }) => {
  await page.goto(LINKING);
  const hrefs = await page.locator('.guide-body a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('search finds the guides by their prose, not by their navigation or example rows', async ({ page }) => {
  await page.goto('/search/?q=mistaken');
  const first = page.locator('[data-search-results]:visible .search-result').first();
  // Pagefind points to the heading above the words found.
  await expect(first).toHaveAttribute('href', `${READING}#an-empty-cell-no-role`);
  // What Pagefind stored of the guide: the prose, without the list of guides or the example rows.
  const content = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search('mistaken');
    for (const result of search.results) {
      const data = await result.data();
      if (data.url === '/guides/reading-the-matrix/') return data.content as string;
    }
    return '';
  });
  expect(content).toContain('never mistaken for a missing one');
  expect(content).not.toContain('All guides');
  expect(content).not.toContain('Cooperate with the Customer as part of incident resolution');
});

test("checklist: the guide's counts are the source's, and its links open pages of the site", async ({ page, request }) => {
  await page.goto(CHECKLIST);
  const { customer, ovhcloud } = expectedChecklistCounts;
  await expect(page.locator('.guide-body')).toContainText(`${customer.tracked} for the Customer, ${ovhcloud.tracked} for OVHcloud.`);
  const hrefs = await page.locator('.guide-body a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(4);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});
