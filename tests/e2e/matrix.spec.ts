import { expect, type Page, test } from '@playwright/test';
import { spoken } from '../fixtures/site';
import { expectedPhases, expectedRows, expectedSections, expectedTotalActivities } from '../fixtures/source-expectations';

const PARTIES = [
  { key: 'customer', column: 1 },
  { key: 'ovhcloud', column: 2 },
] as const;

/** The table that follows the heading "<number>. <title>", found the way a reader finds it. */
function sectionTable(page: Page, number: string, title: string) {
  return page.getByRole('table', { name: `${number}. ${title}`, exact: true });
}

test.describe('the full matrix at /', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('shows every phase title as in the source, in order', async ({ page }) => {
    const headings = page.locator('[data-matrix] h2');
    await expect(headings).toHaveText(expectedPhases.map((phase) => `${phase.number}. ${phase.title}`));
  });

  test('shows every section with its number, title and number of activities', async ({ page }) => {
    for (const section of expectedSections) {
      await expect(page.getByRole('heading', { name: `${section.number}. ${section.title}`, exact: true })).toBeVisible();
      const table = sectionTable(page, section.number, section.title);
      if (section.activityCount === 0) {
        await expect(table).toHaveCount(0);
      } else {
        await expect(table.locator('tbody tr')).toHaveCount(section.activityCount);
      }
    }
    await expect(page.locator('[data-matrix] tbody tr')).toHaveCount(expectedTotalActivities);
  });

  test('every row shows the activity and each party’s letters exactly as the source', async ({ page }) => {
    const rows = await page.locator('[data-matrix] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        // The row header, then one cell per party; a trailing "Share" cell receives the copy-link button.
        // textContent, not innerText: phases far from the viewport are not rendered yet (content-visibility).
        const cells = [...tr.children] as HTMLElement[];
        const partyCells = cells.slice(1, -1);
        const section = tr.closest('section[data-section]')?.getAttribute('data-section') ?? '';
        return { section, activity: cells[0]?.textContent.trim(), letters: partyCells.map((cell) => cell.textContent.trim()) };
      }),
    );
    expect(rows).toHaveLength(expectedRows.length);
    expectedRows.forEach((expected, index) => {
      const row = rows[index];
      expect(row?.section, `row ${index + 1}`).toBe(expected.section);
      expect(row?.activity, `row ${index + 1}`).toBe(expected.activity);
      for (const { key, column } of PARTIES) {
        const written = expected[key];
        expect(row?.letters[column - 1], `${expected.activity} / ${key}`).toBe(written === '' ? 'no role' : written);
      }
    });
  });

  test('every cell with letters is an image whose accessible name is the roles spelled out', async ({ page }) => {
    // In document order: each row's cells, party by party; cells without letters say "no role" (above).
    const expectedNames = expectedRows.flatMap((row) =>
      PARTIES.map(({ key }) => row[key])
        .filter((letters) => letters !== '')
        .map(spoken),
    );
    const images = page.locator('[data-matrix] tbody td [role="img"]');
    await expect(images).toHaveCount(expectedNames.length);
    for (const [index, name] of expectedNames.entries()) {
      await expect(images.nth(index), `cell image ${index + 1}`).toHaveAccessibleName(name);
    }
  });

  test('a sample of cells has the accessible name a screen reader announces', async ({ page }) => {
    const table = sectionTable(page, '3.1.3', 'Monitoring');
    const row = table.getByRole('row', { name: /Monitor physical resource performances/ });
    await expect(row.getByRole('img', { name: 'Responsible, Informed' })).toBeVisible();
    await expect(row.getByRole('img', { name: 'Accountable', exact: true })).toBeVisible();
    const destruction = sectionTable(page, '5.2', 'Data destruction').getByRole('row', { name: /Securely destroy data/ });
    await expect(destruction.getByRole('cell').first()).toHaveText('no role');
  });

  test('shows the legend with the source definitions, the source link and the date', async ({ page }) => {
    const legend = page.getByRole('region', { name: 'Roles' });
    await expect(legend).toContainText('R: Is in charge of carrying out the process');
    await expect(legend).toContainText('A: is Accountable for the successful completion of the process');
    await expect(legend).toContainText('C: Is Consulted during the process');
    await expect(legend).toContainText('I: Is Informed of the results of the process');
    const source = page.getByRole('main').getByRole('link', { name: /Responsibility sharing for the Hosted Private Cloud/ });
    await expect(source).toHaveAttribute(
      'href',
      'https://docs.ovhcloud.com/en/guides/hosted-private-cloud/powered-by-vmware/snc-responsibility-sharing',
    );
    await expect(page.getByRole('main').locator('time[datetime="2026-06-11"]')).toHaveText('June 11, 2026');
    await expect(page.getByRole('main')).toContainText('The RACI below details shared responsibilities between OVHcloud and the customer');
  });

  test('the table of contents links to every phase and section', async ({ page }) => {
    const toc = page.getByRole('navigation', { name: 'On this page' });
    for (const section of expectedSections) {
      await expect(toc.getByRole('link', { name: `${section.number}. ${section.title}`, exact: true })).toHaveCount(1);
    }
  });

  test('the table of contents follows scrolling on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/#section-4-2-data-recovery');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    await expect(toc.locator('a[aria-current="true"]')).toHaveText(/4\.(2\. Data recovery|1\. Reversibility model)|4\. Reversibility/);
    // Instant scrolls that put the heading in the spy's band, so the result does not depend on a
    // smooth scroll passing through it in time (that raced on a loaded machine).
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page
      .locator('#section-1-1-specify-service-as-needed')
      .evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(toc.locator('a[aria-current="true"]')).toHaveText(/^1\./);
  });
});
