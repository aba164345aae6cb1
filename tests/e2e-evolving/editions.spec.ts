import { expect, test } from '@playwright/test';

/**
 * The fixture's French edition gives "Review the security annex" OVHcloud I where the English one
 * gives C, a difference recorded in fr/differences.yaml (HISTORY.md): the build passes, and both
 * rows say so, in words, linking to each other.
 */
const ID = 'activity-1-1-review-the-security-annex';
const NOTE = "L'édition française n'a pas repris la modification du 1er mars 2026 (OVHcloud\u00a0: I → C).";

test('the English row says the editions differ, with both letters, and links to the French row', async ({ page }) => {
  await page.goto(`/#${ID}`);
  const notice = page.locator(`[id="${ID}"] .edition-difference`);
  await expect(notice).toHaveText(
    `The English and French editions differ here: for OVHcloud, “C” here and “I” in the other edition. La même ligne en français${NOTE}`,
  );
  // Only that row: the other rows agree.
  await expect(page.locator('.edition-difference')).toHaveCount(1);
  await notice.getByRole('link', { name: 'La même ligne en français' }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/#${ID}$`));
  await expect(page.locator(`[id="${ID}"] th`)).toContainText("Relire l'annexe de sécurité");
});

test('the French row says so in French, and links back to the English row', async ({ page }) => {
  await page.goto(`/fr/#${ID}`);
  const notice = page.locator(`[id="${ID}"] .edition-difference`);
  await expect(notice).toContainText(
    'Les éditions anglaise et française diffèrent ici\u00a0: pour OVHcloud, «\u202fI\u202f» ici et «\u202fC\u202f» dans l’autre édition.',
  );
  await expect(page.locator('.edition-difference')).toHaveCount(1);
  await notice.getByRole('link', { name: 'The same row in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/#${ID}$`));
  await expect(page.locator(`[id="${ID}"] th`)).toContainText('Review the security annex');
});
