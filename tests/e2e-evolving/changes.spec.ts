import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { axeViolations } from '../helpers/axe';

// The build of tests/fixtures/evolving-content (npm test: "build of the evolving fixture"). Every
// expected value comes from the fixture's HISTORY.md, written by hand.

/** The change item of an activity on a release page, found by its text. */
const changeItem = (scope: Page | Locator, text: string) => scope.locator('li[data-change]').filter({ hasText: text });
/** The accessible names of the letter images, in order: what a screen reader says for each cell. */
async function expectLetterNames(scope: Locator, names: string[]) {
  const images = scope.getByRole('img');
  await expect(images).toHaveCount(names.length);
  for (const [index, name] of names.entries()) await expect(images.nth(index)).toHaveAccessibleName(name);
}
/** The text a sighted reader sees: without the words only screen readers get. */
const visibleText = (scope: Locator) =>
  scope.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    for (const hidden of clone.querySelectorAll('.sr-only')) hidden.remove();
    return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
const section = (page: Page, heading: string) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) })
    .last();

test.describe('/changes/', () => {
  test('lists the three releases newest first, with counts per kind and the impact per party', async ({ page }) => {
    await page.goto('/changes/');
    await expect(page).toHaveTitle('Changes · Fixture RACI');
    const releases = page.locator('main ol > li');
    await expect(releases.getByRole('heading')).toHaveText([
      'Release of September 1, 2026',
      'Release of March 1, 2026',
      'Release of January 15, 2026',
    ]);
    await expect(releases.nth(0)).toContainText('1 added · 1 removed · 1 renamed · 1 moved');
    await expect(releases.nth(0).getByRole('listitem')).toHaveText([
      'Customer: +1 Responsible, +1 Accountable, −1 Informed',
      'OVHcloud: −1 Responsible, −1 Accountable, +1 Consulted',
    ]);
    await expect(releases.nth(1)).toContainText('1 activity with new letters');
    await expect(releases.nth(1).getByRole('listitem')).toHaveText(['OVHcloud: +1 Consulted, −1 Informed']);
    await expect(releases.nth(2)).toContainText(
      'The first publication of the matrix on this site: 8 activities. Earlier versions are not recorded here.',
    );
    await releases.nth(1).getByRole('link', { name: 'Release of March 1, 2026' }).click();
    await expect(page).toHaveURL(/\/changes\/2026-03-01\/$/);
  });
});

test.describe('/changes/2026-09-01/ (renamed, moved, added, removed)', () => {
  test('every change against 2026-03-01, grouped by phase and section, linking to the current rows', async ({ page }) => {
    await page.goto('/changes/2026-09-01/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Release of September 1, 2026');
    const changes = page.locator('section[aria-labelledby="changes"]');
    await expect(changes.getByRole('heading', { level: 2 })).toHaveText('What changed since the release of March 1, 2026');
    await expect(changes.getByRole('heading', { level: 3 })).toHaveText(['1. Onboarding', '2. Operations']);
    await expect(changes.getByRole('heading', { level: 4 })).toHaveText(['1.2. Access', '2.1. Backups', '2.2. Recovery']);
    await expect(changes.locator('li[data-change]')).toHaveCount(4);

    const renamed = changeItem(changes, 'Create administrator accounts');
    await expect(renamed).toHaveAttribute('data-change', 'renamed');
    await expect(renamed).toContainText('Renamed from “Create admin accounts”');
    await expect(renamed.getByRole('link')).toHaveAttribute('href', '/#activity-1-2-create-administrator-accounts');
    await expectLetterNames(renamed, ['Responsible, Accountable', 'Informed']);

    const added = changeItem(section(page, '2.1. Backups'), 'Encrypt backups');
    await expect(added).toHaveAttribute('data-change', 'added');
    await expectLetterNames(added, ['Responsible, Accountable', 'Consulted']);

    const removed = changeItem(section(page, '2.1. Backups'), 'Print monthly reports');
    await expect(removed).toHaveAttribute('data-change', 'removed');
    await expect(removed.getByRole('link')).toHaveCount(0);
    await expect(removed).toContainText('Letters were: Customer: I · OVHcloud: RA');
    await expectLetterNames(removed, ['Informed', 'Responsible, Accountable']);

    const moved = changeItem(section(page, '2.2. Recovery'), 'Test restores');
    await expect(moved).toHaveAttribute('data-change', 'moved');
    await expect(moved).toContainText('Moved from 2.1. Backups to 2.2. Recovery');
    await expectLetterNames(moved, ['Responsible', 'Accountable']);

    await moved.getByRole('link', { name: 'Test restores' }).click();
    await expect(page).toHaveURL(/\/#activity-2-2-test-restores$/);
    await expect(page.locator('#activity-2-2-test-restores').getByRole('rowheader')).toContainText('Test restores');
  });

  test('the latest release has no "since then" part, and offers its JSON with its checksum', async ({ page, request }) => {
    await page.goto('/changes/2026-09-01/');
    await expect(page.locator('#since')).toHaveCount(0);
    const download = page.getByRole('link', { name: 'Download this release (JSON)' });
    const file = readFileSync('tests/fixtures/evolving-content/releases/2026-09-01.json', 'utf8');
    await expect(page.locator('main code')).toHaveText(JSON.parse(file).checksum);
    const response = await request.get((await download.getAttribute('href')) ?? '');
    expect(await response.text()).toBe(file);
  });
});

test.describe('/changes/2026-03-01/ (a letter changed)', () => {
  test('the letter before and after, then everything that changed up to the latest release', async ({ page }) => {
    await page.goto('/changes/2026-03-01/');
    const changes = page.locator('section[aria-labelledby="changes"]');
    await expect(changes.locator('li[data-change]')).toHaveCount(1);
    const annex = changeItem(changes, 'Review the security annex');
    await expect(annex).toHaveAttribute('data-change', 'letters');
    expect(await visibleText(annex.locator('.change-letters'))).toBe('OVHcloud: I → C');
    await expectLetterNames(annex, ['Informed', 'Consulted']);
    await expect(annex.getByRole('link')).toHaveAttribute('href', '/#activity-1-1-review-the-security-annex');

    const since = page.locator('section[aria-labelledby="since"]');
    await expect(since.getByRole('heading', { level: 2 })).toHaveText(
      'Everything that changed since, up to the latest release (September 1, 2026)',
    );
    const kinds = await since.locator('li[data-change]').evaluateAll((items) => items.map((item) => item.getAttribute('data-change')));
    expect(kinds).toEqual(['renamed', 'added', 'removed', 'moved']);
  });

  test('links to the previous and next releases', async ({ page }) => {
    await page.goto('/changes/2026-03-01/');
    await expect(page.getByRole('link', { name: 'January 15, 2026' })).toHaveAttribute('href', '/changes/2026-01-15/');
    await expect(page.getByRole('link', { name: 'September 1, 2026' })).toHaveAttribute('href', '/changes/2026-09-01/');
  });
});

test.describe('/changes/2026-01-15/ (the first release)', () => {
  test('lists no changes of its own, and everything of both later releases since', async ({ page }) => {
    await page.goto('/changes/2026-01-15/');
    await expect(page.locator('section[aria-labelledby="changes"]')).toHaveCount(0);
    await expect(page.locator('main')).toContainText(
      'The first publication of the matrix on this site, with 8 activities: it lists no changes.',
    );
    const since = page.locator('section[aria-labelledby="since"]');
    await expect(since).toContainText('1 added · 1 removed · 1 renamed · 1 moved · 1 activity with new letters');
    await expect(since.getByRole('listitem').filter({ hasText: 'OVHcloud:' }).first()).toHaveText(
      'OVHcloud: −1 Responsible, −1 Accountable, +2 Consulted, −1 Informed',
    );
    expect(await visibleText(changeItem(since, 'Review the security annex').locator('.change-letters'))).toBe('OVHcloud: I → C');
    // Ids of the first release lead to the activities' current rows.
    await expect(changeItem(since, 'Create administrator accounts').getByRole('link')).toHaveAttribute(
      'href',
      '/#activity-1-2-create-administrator-accounts',
    );
  });
});

test.describe('"changed on" markers', () => {
  const CHANGED = {
    'activity-1-2-create-administrator-accounts': 'Changed on Sep 1, 2026 (renamed)',
    'activity-2-1-encrypt-backups': 'Changed on Sep 1, 2026 (added)',
    'activity-2-2-test-restores': 'Changed on Sep 1, 2026 (moved)',
  };

  for (const path of ['/', '/parties/customer/', '/parties/ovhcloud/']) {
    test(`${path}: the three activities changed on 2026-09-01 carry one, the five others none`, async ({ page }) => {
      await page.goto(path);
      const markers = page.locator('tr[id^="activity-"] .change-marker');
      await expect(markers).toHaveCount(3);
      for (const [id, name] of Object.entries(CHANGED)) {
        const marker = page.locator(`#${id}`).getByRole('link', { name, exact: true });
        await expect(marker).toHaveAttribute('href', `/changes/2026-09-01/#change-${id}`);
      }
      await expect(page.locator('#activity-1-1-review-the-security-annex .change-marker')).toHaveCount(0);
    });
  }

  test('on the phase and section pages too', async ({ page }) => {
    await page.goto('/phases/2-operations/');
    await expect(page.locator('tr[id^="activity-"] .change-marker')).toHaveCount(2);
    await page.goto('/sections/2-2-recovery/');
    await expect(page.locator('#activity-2-2-test-restores').getByRole('link', { name: 'Changed on Sep 1, 2026 (moved)' })).toBeVisible();
  });

  test('a marker leads to its change, highlighted', async ({ page }) => {
    await page.goto('/');
    await page.locator('#activity-2-1-encrypt-backups').getByRole('link', { name: 'Changed on Sep 1, 2026 (added)' }).click();
    await expect(page).toHaveURL(/\/changes\/2026-09-01\/#change-activity-2-1-encrypt-backups$/);
    const target = page.locator('li:target');
    await expect(target).toContainText('Encrypt backups');
    await expect(target).toHaveAttribute('data-change', 'added');
  });
});

test.describe('the "changed in the latest release" filter', () => {
  const visibleRows = (page: Page) => page.locator('tr[id^="activity-"]:visible th');

  test('on the matrix: alone, with a role, in the URL, and back', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /^Changed in the latest release/ });
    await expect(toggle).toContainText('3');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?changed=latest$/);
    await expect(visibleRows(page)).toHaveText([/^Create administrator accounts/, /^Encrypt backups/, /^Test restores/]);
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 3 of 8 activities.');

    await page.getByLabel('Show activities where').selectOption('ovhcloud');
    await page.getByRole('button', { name: /^Consulted \d+$/ }).click();
    await expect(page).toHaveURL(/\?party=ovhcloud&role=C&changed=latest$/);
    await expect(visibleRows(page)).toHaveText([/^Encrypt backups/]);
    // Section 1.2 has no matching row left: its heading hides with it.
    await expect(page.getByRole('heading', { name: '1.2. Access' })).toBeHidden();

    await page.reload();
    await expect(page.getByRole('button', { name: /^Changed in the latest release/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(visibleRows(page)).toHaveText([/^Encrypt backups/]);
    await page.goBack();
    await expect(visibleRows(page)).toHaveText([/^Create administrator accounts/, /^Encrypt backups/, /^Test restores/]);
  });

  test("on a party's page", async ({ page }) => {
    await page.goto('/parties/customer/?changed=latest');
    await expect(page.getByRole('button', { name: /^Changed in the latest release/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(visibleRows(page)).toHaveCount(3);
    await page.getByRole('button', { name: /^Changed in the latest release/ }).click();
    await expect(visibleRows(page)).toHaveCount(8);
  });
});

test.describe('the Atom feed', () => {
  test('every page announces it', async ({ page }) => {
    for (const path of ['/', '/changes/', '/parties/ovhcloud/']) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
    }
  });

  test('one entry per release, newest first, with a stable id, its date and its changes', async ({ request }) => {
    const response = await request.get('/changes.xml');
    expect(response.headers()['content-type']).toContain('xml');
    const feed = parseFeed(await response.text());
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Fixture RACI: changes');
    expect(feed.updated?.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(feed.items.map((item) => [item.id, item.title, item.updated?.toISOString(), item.url])).toEqual([
      [
        'tag:example.org,2026-09-01:raci-release/2026-09-01',
        'Release of September 1, 2026',
        '2026-09-01T00:00:00.000Z',
        'https://raci.example.org/changes/2026-09-01/',
      ],
      [
        'tag:example.org,2026-03-01:raci-release/2026-03-01',
        'Release of March 1, 2026',
        '2026-03-01T00:00:00.000Z',
        'https://raci.example.org/changes/2026-03-01/',
      ],
      [
        'tag:example.org,2026-01-15:raci-release/2026-01-15',
        'Release of January 15, 2026',
        '2026-01-15T00:00:00.000Z',
        'https://raci.example.org/changes/2026-01-15/',
      ],
    ]);
    const [latest, march, first] = feed.items;
    expect(latest?.content).toContain('Customer: +1 Responsible, +1 Accountable, −1 Informed');
    expect(latest?.content).toContain('“Test restores” — Moved from 2.1. Backups to 2.2. Recovery');
    expect(march?.content).toContain('“Review the security annex” — OVHcloud: I → C');
    expect(first?.description).toBe('The first publication of the matrix on this site: 8 activities.');
  });
});

test.describe('axe', () => {
  // One page per template and state: the list, a release with its own changes and none since
  // (2026-09-01), the first release with only changes since (2026-01-15), and the markers with the
  // filter on (the party pages render them with the same components as the matrix).
  for (const path of ['/changes/', '/changes/2026-01-15/', '/changes/2026-09-01/', '/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} in ${colorScheme} has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${path}?changed=latest`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
