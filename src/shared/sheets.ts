/**
 * Spreadsheet sheets and cells, and the defence against formula injection, shared by every CSV and
 * XLSX writer (build-time exports and the checklist's downloads in the browser).
 */
import type { MatrixMeta } from '../core/schema';
import type { Dictionary } from '../i18n/index';

/** The words every XLSX shares, in the workbook's language (`exports.sheet` of a dictionary): the link column and the legend sheet. */
export type SheetWords = Dictionary['exports']['sheet'];

/** A cell: plain text, or text that links to a URL (a hyperlink in XLSX, the URL itself in CSV). */
export type SheetCell = string | { text: string; url: string };

export interface SheetColumn {
  header: string;
  /** Width in characters, for XLSX. */
  width: number;
  /** Long text wraps inside the cell (XLSX). */
  wrap?: boolean;
}

/** One worksheet: a header row and rows of cells, as many cells as columns. */
export interface Sheet {
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
  /** A data table: frozen header row and autofilter (XLSX). Notes and legends are not. */
  table: boolean;
}

/** A column holding one party's letters (`RA`), as every export writes them. */
export function lettersColumn(party: { name: string }): SheetColumn {
  return { header: party.name, width: Math.max(12, party.name.length + 4) };
}

/** The last column of every table: the activity's row on the full matrix. */
export function linkColumn(words: SheetWords): SheetColumn {
  return { header: words.link, width: 50 };
}

/**
 * Spreadsheets read a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return) as
 * a formula: text the reader typed, or activity text, must never run as one (OWASP "CSV injection").
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** The text of a CSV cell: a formula-like value gets a leading `'`, which spreadsheets show as text. */
export function csvText(cell: SheetCell): string {
  const text = typeof cell === 'string' ? cell : cell.url;
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * The legend sheet of an XLSX export, in the words given: each letter and its definition, the
 * source and its date (YYYY-MM-DD, as a spreadsheet sorts it), then `extra` lines.
 */
export function legendSheet(
  meta: Pick<MatrixMeta, 'roles' | 'title' | 'sourceUrl' | 'lastUpdated'>,
  words: SheetWords,
  extra: readonly (readonly [string, string])[] = [],
): Sheet {
  const { columns } = words;
  return {
    name: words.legend,
    table: false,
    columns: [
      { header: columns.letter, width: 14 },
      { header: columns.role, width: 16 },
      { header: columns.definition, width: 70, wrap: true },
    ],
    rows: [
      ...meta.roles.map((role) => [role.letter, role.name, role.definition]),
      [words.empty, words.noRole, words.noRoleDefinition],
      [],
      [words.matrix, meta.title],
      [words.source, { text: meta.sourceUrl, url: meta.sourceUrl }],
      [words.lastUpdated, meta.lastUpdated],
      ...extra.map(([label, value]) => [label, value]),
    ],
  };
}
