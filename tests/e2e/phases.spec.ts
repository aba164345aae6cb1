import { expect, test } from '@playwright/test';
import { phasePages } from '../fixtures/site';
import { expectedPhases, expectedRows, expectedSections } from '../fixtures/source-expectations';

test.describe('phase pages', () => {
  for (const [index, phase] of expectedPhases.entries()) {
    const path = phasePages[index] ?? '';
    test(`${path} holds phase ${phase.number} and only it`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${phase.number}. ${phase.title}`);
      await expect(page).toHaveTitle(new RegExp(`${phase.number}\\. ${phase.title}`));
      const rows = page.locator('main tbody tr');
      await expect(rows).toHaveCount(expectedRows.filter((row) => row.phase === phase.number).length);
      for (const section of expectedSections.filter((s) => s.phase === phase.number)) {
        await expect(page.getByRole('heading', { name: `${section.number}. ${section.title}`, exact: true })).toBeVisible();
      }
    });
  }

  test('previous and next links walk the phases in order', async ({ page }) => {
    await page.goto(phasePages[0]);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (let index = 1; index < phasePages.length; index++) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`${phasePages[index]}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${expectedPhases[index]?.number}. ${expectedPhases[index]?.title}`);
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await page.locator('a[rel="prev"]').click();
    await expect(page).toHaveURL(new RegExp(`${phasePages[3]}$`));
  });

  test('the full matrix links to each phase page', async ({ page }) => {
    await page.goto('/');
    const phaseNav = page.getByRole('navigation', { name: 'Phases' });
    for (const [index, phase] of expectedPhases.entries()) {
      await expect(phaseNav.getByRole('link', { name: new RegExp(`^${phase.number}\\. ${phase.title}`) })).toHaveAttribute(
        'href',
        phasePages[index] ?? '',
      );
    }
  });
});
