import { expect, test } from '@playwright/test';
import { expectedPhasesFr, expectedRowsFr, expectedSectionsFr } from '../fixtures/source-expectations-fr';

/**
 * The French edition at /fr/, as a reader sees it, against the hand transcription of OVHcloud's
 * French source: every phase, section and row, letter for letter; the same activity at `/#<id>` and
 * `/fr/#<id>`; the French party views with the same counts.
 */
const PARTIES = ['customer', 'ovhcloud'] as const;
/** What an empty cell says in French (src/i18n/fr.ts). */
const NO_ROLE = 'aucun rôle';

test.describe('the French full matrix at /fr/', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/fr/');
  });

  test('every phase and section title as in the French source, each table with its number of rows', async ({ page }) => {
    await expect(page.locator('[data-matrix] h2')).toHaveText(expectedPhasesFr.map((phase) => `${phase.number}. ${phase.title}`));
    for (const section of expectedSectionsFr) {
      const table = page.getByRole('table', { name: `${section.number}. ${section.title}`, exact: true });
      await expect(table.locator('tbody tr')).toHaveCount(section.activityCount);
    }
  });

  test('every row: the activity and each party’s letters exactly as the French source writes them', async ({ page }) => {
    const rows = await page.locator('[data-matrix] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.children] as HTMLElement[];
        const section = tr.closest('section[data-section]')?.getAttribute('data-section') ?? '';
        // textContent: phases far from the viewport are not rendered yet (content-visibility).
        return { section, activity: cells[0]?.textContent.trim(), letters: cells.slice(1, -1).map((cell) => cell.textContent.trim()) };
      }),
    );
    expect(rows).toHaveLength(expectedRowsFr.length);
    expectedRowsFr.forEach((expected, index) => {
      const row = rows[index];
      // Verbatim, the source's doubled space included ("la  documentation").
      expect(row?.section, `row ${index + 1}`).toBe(expected.section);
      expect(row?.activity, `row ${index + 1}`).toBe(expected.activity);
      PARTIES.forEach((party, column) => {
        expect(row?.letters[column], `${expected.activity} / ${party}`).toBe(expected[party] === '' ? NO_ROLE : expected[party]);
      });
    });
  });

  test('the table headers are the French edition’s', async ({ page }) => {
    const header = page.getByRole('table', { name: '3.1.2. Gestion des accès', exact: true }).getByRole('columnheader');
    await expect(header.nth(0)).toHaveText('Activité');
    await expect(header.nth(1)).toContainText('Client');
    await expect(header.nth(2)).toContainText('OVHcloud');
  });
});

test('/#<id> and /fr/#<id> are the same activity', async ({ page }) => {
  for (const [id, english, french] of [
    ['activity-3-2-2-update-the-hypervisor', 'Update the hypervisor', 'Mettre à jour l’hyperviseur'],
    [
      'activity-5-2-provide-a-certificate-of-destruction-upon-request',
      'Provide a certificate of destruction (upon request)',
      'Fournir une attestation de destruction (sur demande)',
    ],
    ['section-3-1-2-access-management', '3.1.2. Access management', '3.1.2. Gestion des accès'],
  ] as const) {
    await page.goto(`/#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toContainText(english);
    await page.goto(`/fr/#${id}`);
    await expect(page.locator(`[id="${id}"]`)).toContainText(french);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  }
});

test('the French party view: the French party name, the same counts as the source', async ({ page }) => {
  await page.goto('/fr/parties/customer/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Client');
  // Customer: Responsible 41, Accountable 42, Consulted 8, Informed 29 in the French source as in the English one.
  const letters = expectedRowsFr.map((row) => row.customer);
  const count = (letter: string) => letters.filter((cell) => cell.includes(letter)).length;
  expect([count('R'), count('A'), count('C'), count('I')]).toEqual([41, 42, 8, 29]);
  await expect(page.locator('[data-matrix] tbody tr')).toHaveCount(letters.filter((cell) => cell !== '').length);
});
