/**
 * Reads an XLSX file back without exceljs (which writes them): the zip with fflate, the
 * SpreadsheetML parts with fast-xml-parser. Gives each sheet's cells as text, with what tests need
 * to check: cell types, formulas, number formats, hyperlinks, frozen rows, autofilter, widths.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

export interface XlsxCell {
  ref: string;
  /** The text shown. */
  text: string;
  /** The `t` attribute: `s` (shared string), `str`, `inlineStr`, `n` (number, the default)… */
  type: string;
  /** The cell holds a formula. */
  formula: boolean;
  /** Number format id from styles.xml (49 is "@", Text); 0 (General) when the cell has no style. */
  numFmtId: number;
}

export interface XlsxSheet {
  name: string;
  /** Text of every cell, row by row from row 1 (empty cells and rows as '' and []). */
  rows: string[][];
  cells: Map<string, XlsxCell>;
  /** Hyperlink target per cell reference. */
  links: Map<string, string>;
  /** Rows frozen at the top (0 when none). */
  frozenRows: number;
  /** Range of the autofilter, e.g. `A1:F1`, or undefined. */
  autoFilter: string | undefined;
  /** Column widths by column index from 0 (undefined when not set). */
  widths: (number | undefined)[];
}

type Xml = Record<string, unknown>;
const ARRAYS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'hyperlink', 'col', 'xf']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

const list = (value: unknown): Xml[] => (Array.isArray(value) ? (value as Xml[]) : []);
const text = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value) return String((value as Xml)['#text']);
  return '';
};

/** "C12" → column index 2. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function relationships(files: Record<string, Uint8Array>, path: string): Map<string, string> {
  const file = files[path];
  if (!file) return new Map();
  const root = parser.parse(strFromU8(file)) as Xml;
  return new Map(list((root['Relationships'] as Xml)['Relationship']).map((rel) => [String(rel['Id']), String(rel['Target'])]));
}

export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  const files = unzipSync(bytes);
  const read = (path: string): Xml => {
    const file = files[path];
    if (!file) throw new Error(`${path} is missing from the XLSX file`);
    return parser.parse(strFromU8(file)) as Xml;
  };
  const shared = files['xl/sharedStrings.xml']
    ? list((read('xl/sharedStrings.xml')['sst'] as Xml)['si']).map((si) =>
        si['t'] !== undefined
          ? text(si['t'])
          : list(si['r'])
              .map((run) => text(run['t']))
              .join(''),
      )
    : [];
  const formats = list(((read('xl/styles.xml')['styleSheet'] as Xml)['cellXfs'] as Xml)['xf']).map((xf) => Number(xf['numFmtId'] ?? 0));
  const workbookRels = relationships(files, 'xl/_rels/workbook.xml.rels');
  const sheets = list(((read('xl/workbook.xml')['workbook'] as Xml)['sheets'] as Xml)['sheet']);

  return sheets.map((sheet) => {
    const target = workbookRels.get(String(sheet['r:id'])) ?? '';
    const path = `xl/${target.replace(/^\/?xl\//, '')}`;
    const root = read(path)['worksheet'] as Xml;
    const cells = new Map<string, XlsxCell>();
    const rows: string[][] = [];
    for (const row of list((root['sheetData'] as Xml)['row'])) {
      const values: string[] = [];
      for (const cell of list(row['c'])) {
        const ref = String(cell['r']);
        const type = String(cell['t'] ?? 'n');
        const value = text(cell['v']);
        const shown = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? text((cell['is'] as Xml)?.['t']) : value;
        cells.set(ref, { ref, text: shown, type, formula: cell['f'] !== undefined, numFmtId: formats[Number(cell['s'] ?? 0)] ?? 0 });
        values[columnIndex(ref)] = shown;
      }
      rows[Number(row['r']) - 1] = Array.from(values, (value) => value ?? '');
    }
    const sheetRels = relationships(files, path.replace(/([^/]+)$/, '_rels/$1.rels'));
    const links = new Map(
      list((root['hyperlinks'] as Xml | undefined)?.['hyperlink']).map((link) => [
        String(link['ref']),
        sheetRels.get(String(link['r:id'])) ?? '',
      ]),
    );
    const pane = ((root['sheetViews'] as Xml | undefined)?.['sheetView'] as Xml | undefined)?.['pane'] as Xml | undefined;
    const widths: (number | undefined)[] = [];
    for (const col of list((root['cols'] as Xml | undefined)?.['col']))
      for (let index = Number(col['min']); index <= Number(col['max']); index += 1) widths[index - 1] = Number(col['width']);
    return {
      name: String(sheet['name']),
      rows: Array.from(rows, (row) => row ?? []),
      cells,
      links,
      frozenRows: pane?.['state'] === 'frozen' ? Number(pane['ySplit'] ?? 0) : 0,
      autoFilter: (root['autoFilter'] as Xml | undefined)?.['ref'] as string | undefined,
      widths,
    };
  });
}
