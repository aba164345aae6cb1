import { expect, test } from '@playwright/test';
import { checklistItem, checklistStorage } from '../helpers/checklist';
import { downloadFrom } from '../helpers/download';

/*
 * The checklist after the content changed, on the fixture of tests/fixtures/evolving-content/ (its
 * HISTORY.md). A reader saved their Customer checklist against the first release (2026-01-15),
 * before an OVHcloud letter changed (2026-03-01) and activities were renamed, moved and removed
 * (2026-09-01, the current content). Expected values come from HISTORY.md.
 */

const SOURCE_URL = 'https://example.org/fixture-raci';
/** The Customer checklist's storage, under the documented keys. */
const storage = checklistStorage(SOURCE_URL, 'customer');
const FIRST_RELEASE = '2026-01-15';
const SAVED_AT = Date.UTC(2026, 1, 1);

/** A record saved against the first release, written by hand in the documented shape. */
function savedRecord(activity: string, letters: { customer: string; ovhcloud: string }, fields: Record<string, string>) {
  const record = { status: 'todo', owner: '', due: '', note: '', evidence: '', ...fields };
  const updated = Object.fromEntries([...Object.keys(fields), 'seen'].map((field) => [field, SAVED_AT]));
  return { ...record, seen: { activity, matrixDate: FIRST_RELEASE, letters }, updated };
}

const SAVED = {
  // Renamed on 2026-09-01 to "Create administrator accounts" (alias in aliases.yaml).
  'activity-1-2-create-admin-accounts': savedRecord(
    'Create admin accounts',
    { customer: 'RA', ovhcloud: 'I' },
    { status: 'done', owner: 'Alice', note: 'Created before the rename' },
  ),
  // Moved from 2.1 to 2.2 on 2026-09-01, letters unchanged.
  'activity-2-1-test-restores': savedRecord('Test restores', { customer: 'R', ovhcloud: 'A' }, { status: 'in-progress', owner: 'Dan' }),
  // Removed on 2026-09-01 (it was I for the Customer, RA for OVHcloud).
  'activity-2-1-print-monthly-reports': savedRecord(
    'Print monthly reports',
    { customer: 'I', ovhcloud: 'RA' },
    { status: 'in-progress', owner: 'Bob', note: 'Monthly' },
  ),
  // OVHcloud's letter changed from I to C on 2026-03-01.
  'activity-1-1-review-the-security-annex': savedRecord(
    'Review the security annex',
    { customer: 'RA', ovhcloud: 'I' },
    { status: 'done', owner: 'Carol' },
  ),
};

const storedIds = storage.ids;
const stored = storage.record;
const item = checklistItem;

test('each party lists the activities it is R or A for in the current content', async ({ page }) => {
  await page.goto('/parties/customer/checklist/');
  await expect(page.locator('li[data-item]:visible .item-title')).toHaveText([
    'Sign the contract',
    'Review the security annex',
    'Create administrator accounts',
    'Enable two-factor login',
    'Configure backup jobs',
    'Encrypt backups',
    'Test restores',
  ]);
  await page.goto('/parties/ovhcloud/checklist/');
  await expect(page.locator('li[data-item]:visible .item-title')).toHaveText(['Test restores', 'Restore the IaaS']);
  await page.getByLabel(/Also list the 6 activities in which OVHcloud is only Consulted or Informed/).check();
  await expect(page.locator('li[data-item]:visible')).toHaveCount(8);
});

test.describe('a reader who saved before the changes', () => {
  test.beforeEach(async ({ page }) => {
    await storage.seed(page, SAVED);
    await page.goto('/parties/customer/checklist/');
  });

  test('a renamed or moved activity carries its state to its new id, in storage too', async ({ page }) => {
    const renamed = item(page, 'Create administrator accounts');
    await expect(renamed.getByLabel('Status')).toHaveValue('done');
    await expect(renamed.getByLabel('Owner')).toHaveValue('Alice');
    await expect(renamed.getByLabel('Note')).toHaveValue('Created before the rename');
    const moved = item(page, 'Test restores');
    await expect(moved.getByLabel('Owner')).toHaveValue('Dan');
    await expect(moved.locator('[data-changed]')).toBeHidden();
    expect(await storedIds(page)).toEqual([
      'activity-1-1-review-the-security-annex',
      'activity-1-2-create-administrator-accounts',
      'activity-2-1-print-monthly-reports',
      'activity-2-2-test-restores',
    ]);
    expect(await stored(page, 'activity-1-2-create-administrator-accounts')).toMatchObject({ status: 'done', owner: 'Alice' });
    await page.reload();
    await expect(item(page, 'Create administrator accounts').getByLabel('Owner')).toHaveValue('Alice');
  });

  test('an activity that left the matrix is listed with its saved state until the reader removes it', async ({ page }) => {
    const section = page.getByRole('region', { name: 'No longer in the matrix' });
    await expect(section).toBeVisible();
    const orphan = section.getByRole('listitem');
    await expect(orphan).toHaveCount(1);
    await expect(orphan).toContainText('Print monthly reports');
    await expect(orphan).toContainText('Saved against the matrix of 2026-01-15 (Customer I, OVHcloud RA).');
    await expect(orphan).toContainText('Status: In progress · Owner: Bob · Note: Monthly');
    // Kept in a JSON export too.
    const file = JSON.parse((await downloadFrom(page, 'Export JSON')).bytes.toString('utf8'));
    expect(file.items.map((entry: { id: string }) => entry.id)).toContain('activity-2-1-print-monthly-reports');

    await page.reload();
    await expect(section.getByRole('listitem')).toHaveCount(1);
    await section.getByRole('button', { name: 'Remove “Print monthly reports”' }).click();
    await expect(section).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
      'Removed “Print monthly reports” from your checklist.',
    );
    expect(await storedIds(page)).not.toContain('activity-2-1-print-monthly-reports');
    await page.reload();
    await expect(section).toBeHidden();
  });

  test('a changed letter is flagged with the old and new letters until the reader confirms', async ({ page }) => {
    const annex = item(page, 'Review the security annex');
    const flag = annex.locator('[data-changed]');
    await expect(flag).toBeVisible();
    await expect(flag).toContainText('Changed since you reviewed it: OVHcloud was I (Informed), now C (Consulted).');
    for (const other of ['Sign the contract', 'Create administrator accounts', 'Test restores'])
      await expect(item(page, other).locator('[data-changed]')).toBeHidden();

    await page.getByLabel('Show').selectOption({ label: 'Changed since you reviewed them' });
    await expect(page.locator('li[data-item]:visible .item-title')).toHaveText(['Review the security annex']);
    await expect(page.getByText('Showing 1 of 7 items.')).toBeVisible();

    // Editing the item does not clear the flag: only confirming does.
    await annex.getByLabel('Owner').fill('Carol and Eve');
    await page.reload();
    await expect(annex.getByLabel('Owner')).toHaveValue('Carol and Eve');
    await expect(flag).toBeVisible();
    expect((await stored(page, 'activity-1-1-review-the-security-annex')).seen).toEqual({
      activity: 'Review the security annex',
      matrixDate: FIRST_RELEASE,
      letters: { customer: 'RA', ovhcloud: 'I' },
    });

    await annex.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect(flag).toBeHidden();
    await expect(annex.getByLabel('Status')).toBeFocused();
    await page.reload();
    await expect(flag).toBeHidden();
    expect((await stored(page, 'activity-1-1-review-the-security-annex')).seen).toEqual({
      activity: 'Review the security annex',
      matrixDate: '2026-09-01',
      letters: { customer: 'RA', ovhcloud: 'C' },
    });
  });
});

test('a JSON file exported before the changes is imported and migrated the same way', async ({ page }) => {
  const file = {
    format: 'raci-checklist',
    version: 1,
    matrix: { title: 'Fixture matrix whose content changed over three releases', sourceUrl: SOURCE_URL, lastUpdated: FIRST_RELEASE },
    party: { id: 'customer', name: 'Customer' },
    exportedAt: '2026-02-01T00:00:00.000Z',
    items: Object.entries(SAVED).map(([id, record]) => ({ id, ...record })),
  };
  await page.goto('/parties/customer/checklist/');
  await page.getByLabel('Import a JSON export').setInputFiles({
    name: 'customer-checklist-2026-01-15.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Replace my checklist' }).click();
  await expect(item(page, 'Create administrator accounts').getByLabel('Owner')).toHaveValue('Alice');
  await expect(item(page, 'Test restores').getByLabel('Owner')).toHaveValue('Dan');
  await expect(item(page, 'Review the security annex').locator('[data-changed]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'No longer in the matrix' })).toContainText('Print monthly reports');
  expect(await storedIds(page)).toEqual([
    'activity-1-1-review-the-security-annex',
    'activity-1-2-create-administrator-accounts',
    'activity-2-1-print-monthly-reports',
    'activity-2-2-test-restores',
  ]);
});
