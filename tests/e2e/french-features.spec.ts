/**
 * The French edition's checklist, search and exports (issue 15): one checklist per party shared
 * by both editions, a French search index landing on the rows of /fr/, and exports with French
 * headers, sheet names, party names and the French source's letters. Expected words are written
 * out here, as a reader sees them.
 */
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectedRows } from '../fixtures/source-expectations';
import { frenchEdition, frenchSample } from '../fixtures/source-expectations-fr';
import { checklistItem, checklistStorage } from '../helpers/checklist';
import { downloadFrom } from '../helpers/download';
import { readXlsx } from '../helpers/xlsx';

/** The English edition's source: the checklist's identity in storage, for both editions. */
const ENGLISH_SOURCE = 'https://docs.ovhcloud.com/en/guides/hosted-private-cloud/powered-by-vmware/snc-responsibility-sharing';
const storage = checklistStorage(ENGLISH_SOURCE, 'customer');
const FR_CHECKLIST = '/fr/parties/customer/checklist/';
const EN_CHECKLIST = '/parties/customer/checklist/';
/** Narrow no-break space (inside « ») and no-break space (before a colon). */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

const [choose, size] = frenchSample as [(typeof frenchSample)[number], (typeof frenchSample)[number]];
const hypervisor = frenchSample.find((row) => row.id === 'activity-3-2-2-update-the-hypervisor');
const certificate = frenchSample.find((row) => row.id === 'activity-5-2-provide-a-certificate-of-destruction-upon-request');
const results = (page: Page) => page.locator('[data-search-results]:visible .search-result');

test.describe('one checklist for both editions', () => {
  test('a status set on the French checklist shows on the English one, and back, under the same storage key', async ({ page }) => {
    await page.goto(FR_CHECKLIST);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liste de contrôle Client');
    await checklistItem(page, choose.activity).getByLabel('Statut').selectOption({ label: 'Fait' });
    await checklistItem(page, choose.activity).getByLabel('Pilote').fill('Alice Martin');
    expect(await storage.record(page, choose.id)).toMatchObject({ status: 'done', owner: 'Alice Martin' });

    await page.goto(EN_CHECKLIST);
    const english = expectedRows.find((row) => row.activity === 'Choose the location of infrastructures')?.activity ?? '';
    await expect(checklistItem(page, english).getByLabel('Status')).toHaveValue('done');
    await expect(checklistItem(page, english).getByLabel('Owner')).toHaveValue('Alice Martin');
    await checklistItem(page, 'Size infrastructures as needed').getByLabel('Status').selectOption({ label: 'In progress' });

    await page.goto(FR_CHECKLIST);
    await expect(checklistItem(page, size.activity).getByLabel('Statut')).toHaveValue('in-progress');
    await expect(checklistItem(page, choose.activity).getByLabel('Statut')).toHaveValue('done');
    await expect(page.locator('[data-overall]')).toHaveText(`1 sur 44 éléments faits (0 sans objet)${NBSP}: 42 à faire, 1 en cours.`);
    expect(await storage.ids(page)).toEqual([choose.id, size.id].sort());
  });

  test('a JSON export of the French checklist names the French source and imports on the English page', async ({ page }) => {
    await page.goto(FR_CHECKLIST);
    await checklistItem(page, choose.activity).getByLabel('Statut').selectOption({ label: 'Sans objet' });
    const { name, bytes } = await downloadFrom(page, 'Exporter en JSON');
    expect(name).toMatch(/^liste-de-controle-customer-2024-01-22-exportee-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(bytes.toString('utf8'));
    expect(file).toMatchObject({
      format: 'raci-checklist',
      version: 1,
      matrix: { title: frenchEdition.title, sourceUrl: frenchEdition.sourceUrl, lastUpdated: frenchEdition.lastUpdated },
      party: { id: 'customer', name: 'Client' },
    });

    await page.evaluate(() => localStorage.clear());
    await page.goto(EN_CHECKLIST);
    await page.getByLabel('Import a JSON export').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
    const preview = page.getByRole('region', { name: 'Replace your checklist with this file?' });
    await expect(preview).toContainText(`${name}: 1 items added, 0 changed, 0 cleared`);
    await preview.getByRole('button', { name: 'Replace my checklist' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 1 items.');
    await expect(checklistItem(page, 'Choose the location of infrastructures').getByLabel('Status')).toHaveValue('not-applicable');

    // A file of another matrix is still refused, in the page's language.
    const other = JSON.stringify({ ...file, matrix: { ...file.matrix, title: 'Autre', sourceUrl: 'https://example.org/autre' } });
    await page.goto(FR_CHECKLIST);
    await page
      .getByLabel('Importer un export JSON')
      .setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from(other) });
    await expect(page.getByRole('alert')).toHaveText(
      `Ce fichier est la liste de contrôle d’une autre matrice («${NNBSP}Autre${NNBSP}», https://example.org/autre), et non de «${NNBSP}${frenchEdition.title}${NNBSP}». Rien n’a été modifié.`,
    );
  });

  test("the French checklist's CSV and XLSX are in French", async ({ page }) => {
    await page.goto(FR_CHECKLIST);
    await checklistItem(page, choose.activity).getByLabel('Statut').selectOption({ label: 'En cours' });
    const csv = await downloadFrom(page, 'Exporter en CSV');
    expect(csv.name).toMatch(/^liste-de-controle-customer-2024-01-22-exportee-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(csv.bytes.toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Phase',
      'Section',
      'Activité',
      'Client',
      'OVHcloud',
      'Statut',
      'Pilote',
      'Échéance',
      'Note',
      'Preuve',
      'Lien',
    ]);
    expect(rows[1]?.slice(0, 6)).toEqual([
      `1. ${choose.phase}`,
      `${choose.sectionNumber}. ${choose.section}`,
      choose.activity,
      choose.customer,
      choose.ovhcloud,
      'En cours',
    ]);
    expect(rows[1]?.at(-1)).toMatch(new RegExp(`/fr/#${choose.id}$`));

    const xlsx = readXlsx(new Uint8Array((await downloadFrom(page, 'Exporter en XLSX')).bytes));
    expect(xlsx.map((sheet) => sheet.name)).toEqual(['Liste de contrôle Client', 'Légende']);
    const legend = xlsx[1];
    expect(legend?.rows[0]).toEqual(['Lettre', 'Rôle', 'Définition']);
    expect(legend?.rows.slice(1, 6)).toEqual([
      ...frenchEdition.roles.map((role) => [role.letter, role.name, role.definition]),
      ['(vide)', 'Aucun rôle', 'La partie n’a aucun rôle dans l’activité (une cellule vide dans la source).'],
    ]);
    expect(legend?.rows.slice(7, 10)).toEqual([
      ['Matrice', frenchEdition.title],
      ['Source', frenchEdition.sourceUrl],
      ['Dernière mise à jour', frenchEdition.lastUpdated],
    ]);
    expect(legend?.rows.at(-2)).toEqual([
      'Liste de contrôle',
      `Client${NBSP}: les activités où la partie Client a le rôle Responsable ou Approbateur, et celles ajoutées`,
    ]);
  });
});

test.describe('French search', () => {
  test('the French search page searches the French index and lands on the row of /fr/', async ({ page }) => {
    const indexes: string[] = [];
    page.on('request', (request) => /\/pagefind\/pagefind\.\w+_[0-9a-f]+\.pf_meta$/.test(request.url()) && indexes.push(request.url()));
    await page.goto('/fr/search/?q=hyperviseur');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('#search-page-status')).toHaveText(new RegExp(`^\\d+ résultats? pour «${NNBSP}hyperviseur${NNBSP}»\\.$`));
    const first = results(page).first();
    await expect(first.locator('.search-result-title')).toHaveText(hypervisor?.activity ?? '');
    await expect(first).toHaveAttribute('href', `/fr/#${hypervisor?.id}`);
    await expect(first.locator('.search-result-crumb')).toHaveText(
      '3. Utilisation du service › 3.2. Gestion des évènements › 3.2.2. Changements',
    );
    await expect(first.locator('.search-party').nth(0)).toContainText('Client');
    await expect(first.locator('.search-party').nth(1).getByRole('img')).toHaveAccessibleName('Responsable, Approbateur');
    expect(indexes.length).toBeGreaterThan(0);
    expect(indexes.every((url) => /pagefind\.fr_/.test(url))).toBe(true);

    await first.click();
    await expect(page).toHaveURL(new RegExp(`/fr/#${hypervisor?.id}$`));
    await expect(page.locator(`[id="${hypervisor?.id}"]`)).toBeInViewport();
  });

  test('one index per language, French stemmed as French; elided words and filter values as French writes them', async ({
    page,
    request,
  }) => {
    const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as { languages: Record<string, { wasm: string }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.wasm]))).toEqual({ en: 'en', fr: 'fr' });
    // A plural finds the singular of "Mettre à jour l’hyperviseur"; so does the word with its elided article.
    for (const query of ['hyperviseurs', 'l’hyperviseur', "l'hyperviseur"]) {
      await page.goto(`/fr/search/?${new URLSearchParams({ q: query })}`);
      await expect(results(page).first().locator('.search-result-title'), query).toHaveText(hypervisor?.activity ?? '');
    }
    // OVHcloud without a role: the rows of the source with an empty OVHcloud cell.
    await page.goto('/fr/search/?ovhcloud=none');
    await expect(page.getByRole('combobox', { name: 'Rôle OVHcloud' })).toHaveValue('none');
    await expect(results(page)).toHaveCount(expectedRows.filter((row) => row.ovhcloud === '').length);
    await expect(results(page).filter({ hasText: 'Ajouter / supprimer des ressources aux VMs' }).locator('.no-role')).toHaveText(
      'aucun rôle',
    );
  });

  test('the dialog of /fr/ finds « attestation de destruction » and highlights its row on the page', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans la matrice' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('attestation de destruction');
    await expect(dialog.locator('[data-search-status]')).toHaveText(
      new RegExp(`^\\d+ résultats? pour «${NNBSP}attestation de destruction${NNBSP}»\\.$`),
    );
    await expect(results(page).first().locator('.search-result-title')).toHaveText(certificate?.activity ?? '');
    // The dialog's link to the search page keeps the words, on the French search page.
    await expect(dialog.getByRole('link', { name: 'Page de recherche avec filtres par phase et par rôle' })).toHaveAttribute(
      'href',
      '/fr/search/?q=attestation+de+destruction',
    );
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/fr/#${certificate?.id}$`));
    await expect(page.locator(`[id="${certificate?.id}"]`)).toHaveClass(/is-highlighted/);
  });

  test('the English search does not find French words', async ({ page }) => {
    await page.goto('/search/?q=hyperviseur');
    await expect(page.locator('#search-page-status')).toHaveText('No result for “hyperviseur”.');
  });
});

test.describe('French exports', () => {
  const letters = expectedRows.map((row) => [row.customer, row.ovhcloud]);

  test('the matrix CSV: French headers and party names, every row with the French source’s letters', async ({ request }) => {
    const response = await request.get('/fr/exports/raci-matrix.csv');
    expect(response.ok()).toBe(true);
    const rows = parse((await response.body()).toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Numéro de phase', 'Phase', 'Numéro de section', 'Section', 'Activité', 'Client', 'OVHcloud']);
    expect(rows.slice(1).map((row) => [row[5], row[6]])).toEqual(letters);
    for (const sample of frenchSample) {
      const phase = String(Number(sample.sectionNumber.split('.')[0]));
      expect(rows).toContainEqual([
        phase,
        sample.phase,
        sample.sectionNumber,
        sample.section,
        sample.activity,
        sample.customer,
        sample.ovhcloud,
      ]);
    }
    const party = parse((await (await request.get('/fr/exports/parties/customer.csv')).body()).toString('utf8'), {
      bom: true,
    }) as string[][];
    expect(party[0]).toEqual(rows[0]);
    expect(party.slice(1).map((row) => [row[5], row[6]])).toEqual(letters.filter(([customer]) => customer !== ''));
  });

  test('the XLSX: French sheet names, headers and legend; a party’s workbook says whose rows it holds', async ({ request }) => {
    const [matrix, legend] = readXlsx(new Uint8Array(await (await request.get('/fr/exports/raci-matrix.xlsx')).body()));
    expect([matrix?.name, legend?.name]).toEqual(['Matrice', 'Légende']);
    expect(matrix?.rows[0]).toEqual(['Phase', 'Section', 'Activité', 'Client', 'OVHcloud', 'Lien']);
    expect(matrix?.rows.slice(1).map((row) => [row[3] ?? '', row[4] ?? ''])).toEqual(letters);
    const row = matrix?.rows.find((cells) => cells[2] === hypervisor?.activity);
    expect(row).toEqual([
      '3. Utilisation du service',
      '3.2.2. Changements',
      hypervisor?.activity,
      'I',
      'RA',
      expect.stringMatching(new RegExp(`/fr/#${hypervisor?.id}$`)),
    ]);
    expect(legend?.rows.slice(0, 6)).toEqual([
      ['Lettre', 'Rôle', 'Définition'],
      ...frenchEdition.roles.map((role) => [role.letter, role.name, role.definition]),
      ['(vide)', 'Aucun rôle', 'La partie n’a aucun rôle dans l’activité (une cellule vide dans la source).'],
    ]);

    const [party, partyLegend] = readXlsx(new Uint8Array(await (await request.get('/fr/exports/parties/ovhcloud.xlsx')).body()));
    expect(party?.name).toBe('OVHcloud');
    expect(partyLegend?.rows.at(-1)).toEqual(['Lignes', 'Les activités où la partie OVHcloud a un rôle']);
  });

  test('the JSON keeps the documented keys, with the French edition’s words, source and addresses', async ({ request }) => {
    const json = (await (await request.get('/fr/exports/raci-matrix.json')).json()) as {
      schemaVersion: number;
      title: string;
      sourceUrl: string;
      lastUpdated: string;
      parties: { id: string; name: string }[];
      roles: { letter: string; name: string }[];
      phases: { url: string; sections: { activities: { id: string; text: string; roles: Record<string, string[]>; url: string }[] }[] }[];
    };
    expect(json).toMatchObject({
      schemaVersion: 1,
      title: frenchEdition.title,
      sourceUrl: frenchEdition.sourceUrl,
      lastUpdated: '2024-01-22',
    });
    expect(json.parties.map((party) => party.name)).toEqual(frenchEdition.parties);
    expect(json.roles.map((role) => role.name)).toEqual(frenchEdition.roles.map((role) => role.name));
    const activities = json.phases.flatMap((phase) => phase.sections.flatMap((section) => section.activities));
    expect(activities.map((a) => [a.roles['customer']?.join('') ?? '', a.roles['ovhcloud']?.join('') ?? ''])).toEqual(letters);
    const found = activities.find((a) => a.id === hypervisor?.id);
    expect(found?.text).toBe(hypervisor?.activity);
    expect(found?.url).toMatch(new RegExp(`^https?://[^/]+/fr/#${hypervisor?.id}$`));
    expect(json.phases[0]?.url).toMatch(/^https?:\/\/[^/]+\/fr\/phases\//);
  });
});
