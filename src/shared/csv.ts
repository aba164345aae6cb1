import { stringify } from 'csv-stringify/browser/esm/sync';
import { csvText, type SheetCell } from './sheets';

/**
 * CSV of a header row and rows, formula-like cells neutralised. UTF-8 with a byte-order mark so
 * that spreadsheet software reads accents correctly; CRLF line ends.
 */
export function sheetCsv(header: readonly string[], rows: readonly (readonly SheetCell[])[]): string {
  return stringify([header.map(csvText), ...rows.map((row) => row.map(csvText))], { bom: true, record_delimiter: 'windows' });
}
