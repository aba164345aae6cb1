import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { CONTROL_CHARACTERS } from '../core/text-rules';
import { isFormulaLike, type Sheet, type SheetCell } from './sheets';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookInfo {
  title: string;
  /** Written as the workbook's creation date: the matrix's date keeps build output reproducible. */
  created: Date;
}

const HEADER_FONT = { bold: true } as const;

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * Characters XML 1.0 does not allow, which a reader may paste into a checklist note: exceljs drops
 * some and writes others, making a file spreadsheets refuse. Each becomes U+FFFD, so the reader
 * sees something was there. (The content itself cannot hold them: its `control-character` rule.)
 */
const xmlText = (text: string): string => text.replace(CONTROL_CHARACTERS, '\uFFFD');

function cellValue(cell: SheetCell): ExcelJS.CellValue {
  // Always a string or a hyperlink, never a formula object, whatever the text looks like.
  return typeof cell === 'string' ? xmlText(cell) : { text: xmlText(cell.text), hyperlink: xmlText(cell.url) };
}

/**
 * An XLSX workbook of the given sheets, written with exceljs at build time and in the browser.
 * Data tables get a frozen header row, an autofilter and readable column widths. Every cell is
 * text; a formula-like one (`=1+1`) keeps its value and gets the Text number format, so that
 * spreadsheet software never evaluates it, not even after an edit.
 */
export async function workbookBytes(sheets: readonly Sheet[], info: WorkbookInfo): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = info.title;
  workbook.created = info.created;
  workbook.modified = info.created;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), sheet.table ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
    worksheet.columns = sheet.columns.map((column) => ({
      header: xmlText(column.header),
      width: column.width,
      ...(column.wrap ? { style: { alignment: { wrapText: true, vertical: 'top' } } } : {}),
    }));
    worksheet.getRow(1).font = HEADER_FONT;
    sheet.columns.forEach((column, index) => {
      if (isFormulaLike(column.header)) worksheet.getRow(1).getCell(index + 1).numFmt = '@';
    });
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row.map(cellValue));
      row.forEach((cell, index) => {
        const text = typeof cell === 'string' ? cell : cell.text;
        if (isFormulaLike(text)) added.getCell(index + 1).numFmt = '@';
        if (typeof cell !== 'string') added.getCell(index + 1).font = { color: { argb: 'FF0B55C4' }, underline: true };
      });
    }
    if (sheet.table) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  // A Node Buffer at build time, an ArrayBuffer in the browser: a plain copy of the bytes either way.
  return reproducibleZip(new Uint8Array(await workbook.xlsx.writeBuffer()), info.created);
}

/** Zip dates start in 1980. */
const ZIP_EPOCH = new Date(1980, 0, 1);

/**
 * exceljs's zip library dates every part of the file with the time it was written, so two builds
 * of the same content gave different bytes. Packed again with the workbook's own date, the file
 * depends on its content only.
 */
function reproducibleZip(bytes: Uint8Array, date: Date): Uint8Array<ArrayBuffer> {
  const mtime = date < ZIP_EPOCH ? ZIP_EPOCH : date;
  return new Uint8Array(zipSync(unzipSync(bytes), { mtime }));
}
