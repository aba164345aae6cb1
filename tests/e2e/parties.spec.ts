import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { type ExpectedRow, expectedPartyLetterCounts, expectedRows, expectedTotalActivities } from '../fixtures/source-expectations';

const PARTIES = [
  { key: 'customer', name: 'Customer', path: '/parties/customer/' },
  { key: 'ovhcloud', name: 'OVHcloud', path: '/parties/ovhcloud/' },
] as const;
const LETTERS = ['R', 'A', 'C', 'I'] as const;
const ROLE_PAGES = { R: 'responsible', A: 'accountable', C: 'consulted', I: 'informed' } as const;
const ROLE_NAMES = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' } as const;

type PartyKey = (typeof PARTIES)[number]['key'];

/**
 * Activity texts of the visible rows, in page order. Their text content: phases far from the
 * viewport are not rendered yet (content-visibility), and the rendered text (innerText) of a row
 * there is empty until it is.
 */
async function visibleActivities(page: Page): Promise<string[]> {
  return (await page.locator('[data-matrix] tbody tr:visible th').allTextContents()).map((text) => text.trim());
}

const rowsWhere = (key: PartyKey, test: (letters: string) => boolean) =>
  expectedRows.filter((row) => test(row[key])).map((row) => row.activity);

for (const party of PARTIES) {
  test.describe(`${party.name}'s view`, () => {
    test('lists every activity where the party has a letter, with its letters first', async ({ page }) => {
      await page.goto(party.path);
      const expected = rowsWhere(party.key, (letters) => letters !== '');
      expect(expected).toHaveLength(expectedTotalActivities - expectedPartyLetterCounts[party.key].noRole);
      expect(await visibleActivities(page)).toEqual(expected);
      const firstColumn = await page.locator('[data-matrix] tbody tr td:first-of-type').allTextContents();
      expect(firstColumn).toEqual(expectedRows.filter((row) => row[party.key] !== '').map((row) => row[party.key]));
      await expect(page.locator('[data-matrix] thead th[data-party]').first()).toHaveText(party.name);
    });

    test('shows the count of activities for each letter, as in the source', async ({ page }) => {
      await page.goto(party.path);
      for (const letter of LETTERS) {
        const toggle = page.getByRole('button', { name: new RegExp(`^${ROLE_NAMES[letter]} \\d+$`) });
        await expect(toggle).toHaveText(new RegExp(`${ROLE_NAMES[letter]}\\s*${expectedPartyLetterCounts[party.key][letter]}$`));
      }
    });

    test('role toggles show exactly the matching rows, live, and the URL keeps the filter', async ({ page }) => {
      await page.goto(party.path);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.getByRole('button', { name: /^Responsible \d+$/ }).click();
      await expect(page).toHaveURL(/\?role=R$/);
      expect(await visibleActivities(page)).toEqual(rowsWhere(party.key, (l) => l.includes('R')));
      const status = page.locator('role-filter').getByRole('status');
      await expect(status).toHaveText(
        `Showing ${expectedPartyLetterCounts[party.key].R} of ${expectedTotalActivities - expectedPartyLetterCounts[party.key].noRole} activities.`,
      );

      await page.getByRole('button', { name: /^Informed \d+$/ }).click();
      await expect(page).toHaveURL(/\?role=R&role=I$/);
      expect(await visibleActivities(page)).toEqual(rowsWhere(party.key, (l) => l.includes('R') || l.includes('I')));
      expect(requests.filter((url) => url.includes('/parties/'))).toEqual([]);

      await page.reload();
      await expect(page.getByRole('button', { name: /^Responsible \d+$/ })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('button', { name: /^Informed \d+$/ })).toHaveAttribute('aria-pressed', 'true');
      expect(await visibleActivities(page)).toEqual(rowsWhere(party.key, (l) => l.includes('R') || l.includes('I')));

      await page.goBack();
      await expect(page).toHaveURL(/\?role=R$/);
      expect(await visibleActivities(page)).toEqual(rowsWhere(party.key, (l) => l.includes('R')));
      await page.goForward();
      await expect(page).toHaveURL(/\?role=R&role=I$/);

      await page.getByRole('button', { name: 'Any role', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${party.path}$`));
      expect(await visibleActivities(page)).toHaveLength(expectedTotalActivities - expectedPartyLetterCounts[party.key].noRole);
    });

    test(`without JavaScript, each role's page lists the same rows (${party.path}responsible/ …)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const letter of LETTERS) {
        await test.step(`${party.path}${ROLE_PAGES[letter]}/ lists the ${ROLE_NAMES[letter]} rows`, async () => {
          await page.goto(party.path);
          await page
            .getByRole('navigation', { name: 'Roles' })
            .getByRole('link', { name: new RegExp(ROLE_NAMES[letter]) })
            .click();
          await expect(page).toHaveURL(new RegExp(`${party.path}${ROLE_PAGES[letter]}/$`));
          expect(await visibleActivities(page)).toEqual(rowsWhere(party.key, (l) => l.includes(letter)));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(`What ${party.name} is ${ROLE_NAMES[letter]} for`);
        });
      }
      await context.close();
    });
  });
}

test.describe('role filter on the full matrix', () => {
  test('"no role" for OVHcloud shows exactly the rows with an empty OVHcloud cell, from a shared URL', async ({ page }) => {
    await page.goto('/?party=ovhcloud&role=none');
    await expect(page.getByRole('combobox', { name: /Show activities where/ })).toHaveValue('ovhcloud');
    expect(await visibleActivities(page)).toEqual(rowsWhere('ovhcloud', (l) => l === ''));
    await expect(page.getByRole('heading', { name: '1.1. Specify service as needed', exact: true })).toBeHidden();
    await expect(page.getByRole('heading', { name: '2.2. Reversibility', exact: true })).toBeVisible();
  });

  test('choosing a party and a role filters instantly', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: /Show activities where/ }).selectOption('customer');
    await page.getByRole('button', { name: /^Consulted \d+$/ }).click();
    await expect(page).toHaveURL(/\?party=customer&role=C$/);
    expect(await visibleActivities(page)).toEqual(rowsWhere('customer', (l) => l.includes('C')));
    await expect(page.getByRole('button', { name: /^Consulted \d+$/ })).toHaveText(/Consulted\s*8$/);
  });
});

test.describe('navigation to party views', () => {
  test('the header and the matrix column headers link to each party', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('navigation', { name: 'Main' });
    await expect(header.getByRole('link', { name: 'OVHcloud', exact: true })).toHaveAttribute('href', '/parties/ovhcloud/');
    await page
      .getByRole('table', { name: '1.1. Specify service as needed' })
      .getByRole('columnheader', { name: 'Customer' })
      .getByRole('link', { name: 'Customer', exact: true })
      .click();
    await expect(page).toHaveURL(/\/parties\/customer\/$/);
  });
});

test.describe('overview chart', () => {
  test("its data table gives each party's letters per phase, as counted from the source", async ({ page }) => {
    await page.goto('/');
    for (const party of PARTIES) {
      const figure = page.getByRole('figure', { name: party.name });
      await figure.getByText(`${party.name}: the numbers`).click();
      const rows = await figure
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
      const expected = [1, 2, 3, 4, 5].map((phase) => {
        const inPhase = expectedRows.filter((row) => row.phase === phase);
        return LETTERS.map((letter) => String(inPhase.filter((row) => row[party.key].includes(letter)).length)).concat(
          String(inPhase.length),
        );
      });
      expect(rows.map((row) => row.slice(1))).toEqual(expected);
      await expect(figure.getByRole('img')).toBeVisible();
    }
  });
});

test.describe('exports', () => {
  const toRow = (row: ExpectedRow) => [String(row.phase), row.section, row.activity, row.customer, row.ovhcloud];

  test('the matrix CSV parses back into exactly the source rows', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.getByRole('link', { name: 'CSV of the whole matrix' }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.ok()).toBe(true);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    expect(records[0]).toEqual(['Phase number', 'Phase', 'Section number', 'Section', 'Activity', 'Customer', 'OVHcloud']);
    expect(records.slice(1).map((r) => [r[0], r[2], r[4], r[5], r[6]])).toEqual(expectedRows.map(toRow));
    expect(records.find((r) => r[4] === 'Update the hypervisor')?.slice(0, 4)).toEqual(['3', 'Service Usage', '3.2.2', 'Change']);
  });

  for (const party of PARTIES) {
    test(`${party.name}'s CSV and JSON hold exactly its rows`, async ({ request }) => {
      const csv = parse((await (await request.get(`/exports/parties/${party.key}.csv`)).body()).toString('utf8'), {
        bom: true,
      }) as string[][];
      const expected = expectedRows.filter((row) => row[party.key] !== '').map(toRow);
      expect(csv.slice(1).map((r) => [r[0], r[2], r[4], r[5], r[6]])).toEqual(expected);
      const json = (await (await request.get(`/exports/parties/${party.key}.json`)).json()) as {
        phases: { number: number; sections: { number: string; activities: { text: string; roles: Record<string, string[]> }[] }[] }[];
      };
      const fromJson = json.phases.flatMap((p) =>
        p.sections.flatMap((s) =>
          s.activities.map((a) => [String(p.number), s.number, a.text, a.roles['customer']?.join(''), a.roles['ovhcloud']?.join('')]),
        ),
      );
      expect(fromJson).toEqual(expected);
    });
  }

  test('the matrix JSON has every activity with its id, letters and absolute URL', async ({ request }) => {
    const json = (await (await request.get('/exports/raci-matrix.json')).json()) as {
      schemaVersion: number;
      lastUpdated: string;
      phases: { sections: { activities: { id: string; text: string; url: string }[] }[] }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.lastUpdated).toBe('2026-06-11');
    const activities = json.phases.flatMap((p) => p.sections.flatMap((s) => s.activities));
    expect(activities.map((a) => a.text)).toEqual(expectedRows.map((r) => r.activity));
    expect(activities.find((a) => a.text === 'Update the hypervisor')?.url).toMatch(
      /^https?:\/\/[^/]+\/#activity-3-2-2-update-the-hypervisor$/,
    );
  });
});
