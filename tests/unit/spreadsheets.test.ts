import { parse } from 'csv-parse/sync';
import { describe, expect, test, vi } from 'vitest';
import { matrixCsv, matrixSheets } from '../../src/build/exports';
import { type ChecklistEntry, checklistSheets } from '../../src/components/checklist/checklist-sheet';
import { scriptStrings } from '../../src/components/checklist/strings';
import { readMatrix } from '../../src/core/read-matrix';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { sheetCsv } from '../../src/shared/csv';
import { csvText, isFormulaLike, type Sheet } from '../../src/shared/sheets';
import { workbookBytes } from '../../src/shared/xlsx';
import { readXlsx } from '../helpers/xlsx';
import { frenchMatrix, header, metaFile, phaseFile } from './helpers';

// The reader refuses an activity that begins with '-' (formula-prefix) but still returns the
// matrix it read: the writers must hold on their own, for text that never went through the reader.
const PHASE = phaseFile([
  '## 1.1. Choose',
  ...header,
  '| Choose the location | RA | I |',
  '| -1 is not a formula, =SUM(A1) is | A | R |',
  '| Destroy media |  | RA |',
]);
const { matrix } = readMatrix(metaFile(), [{ file: 'p1.md', source: PHASE }]);
if (!matrix) throw new Error('fixture did not parse');
const [customer, ovhcloud] = matrix.meta.parties;
if (!customer || !ovhcloud) throw new Error('fixture parties missing');
const urlFor = (path: string) => `https://raci.example.org${path}`;

describe('formula safety', () => {
  test('a cell beginning with =, +, -, @, a tab or a carriage return is formula-like', () => {
    for (const text of ['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\t=1', '\r=1']) expect(isFormulaLike(text), text).toBe(true);
    for (const text of ['Done', ' =1', 'a=b', '', '1-2', "'=1"]) expect(isFormulaLike(text), text).toBe(false);
  });

  test("CSV prefixes formula-like cells with ' and leaves the others as they are", () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('@here')).toBe("'@here");
    expect(csvText('<b>note</b>')).toBe('<b>note</b>');
    expect(csvText({ text: 'row', url: 'https://raci.example.org/#a' })).toBe('https://raci.example.org/#a');
  });

  test('sheetCsv: BOM, CRLF, quoting, formula-like cells neutralised', () => {
    const csv = sheetCsv(['Activity', 'Note'], [['=HYPERLINK("x")', 'a, "b"\nc']]);
    expect(csv).toBe('\uFEFFActivity,Note\r\n"\'=HYPERLINK(""x"")","a, ""b""\nc"\r\n');
  });

  test("the matrix CSV uses it: an activity that begins with '-' is prefixed", () => {
    const rows = parse(matrixCsv(matrix.meta.parties, matrix.phases, en.exports), { bom: true }) as string[][];
    expect(rows.map((row) => row[4])).toEqual(['Activity', 'Choose the location', "'-1 is not a formula, =SUM(A1) is", 'Destroy media']);
  });
});

describe('every formula-like start, in both writers', () => {
  // Typed by a reader in a checklist note or owner, or reaching a writer by any other way.
  const starts = ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'];

  test("CSV: each cell and header gets a leading '", () => {
    const rows = parse(sheetCsv(['=H', 'Note'], [starts.slice(0, 2), starts.slice(2, 4), starts.slice(4)]), {
      bom: true,
      relax_quotes: true,
    }) as string[][];
    expect(rows).toEqual([
      ["'=H", 'Note'],
      ["'=1+1", "'+1"],
      ["'-1", "'@A1"],
      ["'\t=1", "'\r=1"],
    ]);
  });

  test('XLSX: each is a plain text cell in the Text format, never a formula, its value unchanged', async () => {
    const sheet: Sheet = {
      name: 'S',
      table: true,
      columns: [
        { header: '=H', width: 10 },
        { header: 'Plain', width: 10 },
        ...starts.slice(2).map((_, i) => ({ header: `C${i}`, width: 10 })),
      ],
      rows: [starts, [...starts.map((text) => ({ text, url: 'https://example.org/' })), 'plain']],
    };
    const [read] = readXlsx(await workbookBytes([sheet], { title: 'T', created: new Date(0) }));
    // XML reads a carriage return in text as a line feed (end-of-line handling), in Excel too.
    const shown = starts.map((text) => text.replace('\r', '\n'));
    expect(read?.rows[1]).toEqual(shown);
    expect(read?.rows[2]).toEqual([...shown, 'plain']);
    for (const ref of ['A1', 'A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'A3', 'B3', 'C3', 'D3', 'E3', 'F3']) {
      expect(read?.cells.get(ref), ref).toMatchObject({ type: 's', formula: false, numFmtId: 49 });
    }
    expect(read?.cells.get('B1')?.numFmtId).not.toBe(49);
    expect(read?.cells.get('G3')?.numFmtId).not.toBe(49);
    expect([...(read?.cells.values() ?? [])].some((cell) => cell.formula)).toBe(false);
  });

  test('XLSX: characters XML forbids become U+FFFD instead of breaking the file', async () => {
    const sheet: Sheet = { name: 'S', table: true, columns: [{ header: 'Note', width: 10 }], rows: [['a\u0007b\uFFFEc\tok']] };
    const [read] = readXlsx(await workbookBytes([sheet], { title: 'T', created: new Date(0) }));
    expect(read?.rows[1]).toEqual(['a\uFFFDb\uFFFDc\tok']);
  });
});

describe('XLSX bytes', () => {
  test('depend on the content only: the same workbook written at two times is the same file', async () => {
    const write = () =>
      workbookBytes(matrixSheets(matrix.meta, matrix.phases, urlFor, en.exports), { title: 'T', created: new Date(2026, 5, 11) });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
      const first = await write();
      vi.setSystemTime(new Date('2031-06-01T12:34:56Z'));
      expect(await write()).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('XLSX of the matrix', () => {
  test('one row per activity with letters and a link, then the legend; formula-like text stays text', async () => {
    const sheets = readXlsx(
      await workbookBytes(matrixSheets(matrix.meta, matrix.phases, urlFor, en.exports), { title: 'T', created: new Date(0) }),
    );
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Legend']);
    const [table, legend] = sheets;
    expect(table?.rows).toEqual([
      ['Phase', 'Section', 'Activity', 'Customer', 'OVHcloud', 'Link'],
      [
        '1. Before subscription',
        '1.1. Choose',
        'Choose the location',
        'RA',
        'I',
        'https://raci.example.org/#activity-1-1-choose-the-location',
      ],
      [
        '1. Before subscription',
        '1.1. Choose',
        '-1 is not a formula, =SUM(A1) is',
        'A',
        'R',
        'https://raci.example.org/#activity-1-1-1-is-not-a-formula-sum-a1-is',
      ],
      ['1. Before subscription', '1.1. Choose', 'Destroy media', '', 'RA', 'https://raci.example.org/#activity-1-1-destroy-media'],
    ]);
    const formulaLike = table?.cells.get('C3');
    expect(formulaLike).toMatchObject({ type: 's', formula: false, numFmtId: 49, text: '-1 is not a formula, =SUM(A1) is' });
    expect(table?.cells.get('C2')?.numFmtId).not.toBe(49);
    expect(table?.links.get('F2')).toBe('https://raci.example.org/#activity-1-1-choose-the-location');
    expect(table?.frozenRows).toBe(1);
    expect(table?.autoFilter).toBe('A1:F1');
    expect(table?.widths).toEqual([24, 32, 70, 12, 12, 50]);
    expect(legend?.frozenRows).toBe(0);
    expect(legend?.autoFilter).toBeUndefined();
    expect(legend?.rows.slice(1, 6)).toEqual([
      ['R', 'Responsible', 'd'],
      ['A', 'Accountable', 'd'],
      ['C', 'Consulted', 'd'],
      ['I', 'Informed', 'd'],
      ['(empty)', 'No role', 'The party has no role in the activity (an empty cell in the source).'],
    ]);
    expect(legend?.rows.slice(7)).toEqual([
      ['Matrix', 'T'],
      ['Source', 'https://example.org/x'],
      ['Last updated', '2026-06-11'],
    ]);
  });

  test("a party's workbook lists the activities where it holds a role, and says so", async () => {
    const sheets = readXlsx(
      await workbookBytes(matrixSheets(matrix.meta, matrix.phases, urlFor, en.exports, customer), { title: 'T', created: new Date(0) }),
    );
    expect(sheets[0]?.name).toBe('Customer');
    expect(sheets[0]?.rows.map((row) => row[2])).toEqual(['Activity', 'Choose the location', '-1 is not a formula, =SUM(A1) is']);
    expect(sheets[1]?.rows.at(-1)).toEqual(['Rows', 'The activities in which Customer holds a role']);
  });
});

describe('the French edition’s exports', () => {
  const french = frenchMatrix();
  const frenchUrl = (path: string) => `https://raci.example.org/fr${path}`;

  test('CSV: French headers, then the French party names', () => {
    const rows = parse(matrixCsv(french.meta.parties, french.phases, fr.exports), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Numéro de phase', 'Phase', 'Numéro de section', 'Section', 'Activité', 'Client', 'OVHcloud'],
      ['1', 'Avant la souscription', '1.1', 'Spécifier le service', 'Mettre à jour l’hyperviseur', 'I', 'RA'],
      ['1', 'Avant la souscription', '1.1', 'Spécifier le service', 'Opérer la destruction sécurisée des données', '', 'RA'],
    ]);
  });

  test('XLSX: French sheet names, columns and legend; a party’s workbook says whose rows it holds', async () => {
    const [table, legend] = readXlsx(
      await workbookBytes(matrixSheets(french.meta, french.phases, frenchUrl, fr.exports), { title: 'T', created: new Date(0) }),
    );
    expect([table?.name, legend?.name]).toEqual(['Matrice', 'Légende']);
    expect(table?.rows[0]).toEqual(['Phase', 'Section', 'Activité', 'Client', 'OVHcloud', 'Lien']);
    expect(legend?.rows).toEqual([
      ['Lettre', 'Rôle', 'Définition'],
      ['R', 'Responsable', 'd'],
      ['A', 'Approbateur', 'd'],
      ['C', 'Consulté', 'd'],
      ['I', 'Informé', 'd'],
      ['(vide)', 'Aucun rôle', 'La partie n’a aucun rôle dans l’activité (une cellule vide dans la source).'],
      [],
      ['Matrice', 'Matrice T'],
      ['Source', 'https://example.org/fr'],
      ['Dernière mise à jour', '2024-01-22'],
    ]);
    const [client] = french.meta.parties;
    const party = matrixSheets(french.meta, french.phases, frenchUrl, fr.exports, client);
    expect(party[0]?.name).toBe('Client');
    expect(party[1]?.rows.at(-1)).toEqual(['Lignes', 'Les activités où la partie Client a un rôle']);
  });
});

describe('checklist sheet', () => {
  const entry: ChecklistEntry = {
    activity: { id: 'activity-1-1-x', text: 'X', letters: { customer: 'RA', ovhcloud: 'I' }, phase: 1, tracked: true },
    phase: '1. Before subscription',
    section: '1.1. Choose',
    url: 'https://raci.example.org/#activity-1-1-x',
    record: {
      status: 'in-progress',
      owner: 'Alice',
      due: '2026-12-01',
      note: '=1+1 <b>',
      evidence: 'https://evidence.example.org/a',
      seen: { activity: 'X', matrixDate: '2026-06-11', letters: { customer: 'RA', ovhcloud: 'I' } },
      updated: { status: 1 },
    },
  };
  const untouched: ChecklistEntry = { ...entry, record: undefined, activity: { ...entry.activity, id: 'activity-1-1-y', text: 'Y' } };
  const words = { strings: scriptStrings(en.checklist, en.exports.sheet), lang: 'en' };
  const sheets = checklistSheets([entry, untouched], matrix.meta, matrix.meta.parties, customer, '2026-11-01T10:00:00.000Z', words);

  test('columns of the printed sheet, plus the letters and the link; untouched items are "To do"', () => {
    const [sheet] = sheets;
    expect(sheet?.columns.map((column) => column.header)).toEqual([
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
    expect(sheet?.rows[1]).toEqual([
      '1. Before subscription',
      '1.1. Choose',
      'Y',
      'RA',
      'I',
      'To do',
      '',
      '',
      '',
      '',
      { text: 'https://raci.example.org/#activity-1-1-x', url: 'https://raci.example.org/#activity-1-1-x' },
    ]);
  });

  test('the widths of its columns, and a legend that says whose checklist it is and when it was exported', () => {
    const [sheet, legend] = sheets;
    expect(sheet?.columns.map((column) => [column.width, column.wrap === true])).toEqual([
      [24, false],
      [32, false],
      [60, true],
      [12, false],
      [12, false],
      [16, false],
      [20, false],
      [12, false],
      [50, true],
      [40, false],
      [50, false],
    ]);
    expect(legend?.rows.slice(-2)).toEqual([
      ['Checklist', 'Customer: the activities in which Customer is Responsible or Accountable, and those added'],
      ['Exported', '2026-11-01T10:00:00.000Z'],
    ]);
  });

  test('as XLSX: the note stays text, the evidence and row are links', async () => {
    const [sheet] = readXlsx(await workbookBytes(sheets, { title: 'T', created: new Date(0) }));
    expect(sheet?.name).toBe('Customer checklist');
    expect(sheet?.rows[1]?.slice(5)).toEqual([
      'In progress',
      'Alice',
      '2026-12-01',
      '=1+1 <b>',
      'https://evidence.example.org/a',
      'https://raci.example.org/#activity-1-1-x',
    ]);
    expect(sheet?.cells.get('I2')).toMatchObject({ type: 's', formula: false, numFmtId: 49 });
    expect(sheet?.links.get('J2')).toBe('https://evidence.example.org/a');
  });
});
