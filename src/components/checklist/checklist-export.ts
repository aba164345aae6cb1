/**
 * What each export button writes: the file's name and its content. JSON needs nothing more from
 * the network; the CSV and XLSX writers load on first use, with the words of their sheets. No DOM:
 * the element offers the file.
 */
import type { ChecklistConfig } from './checklist-config';
import { type ChecklistIdentity, checklistFile, checklistFileName } from './checklist-file';
import { type ChecklistEntry, checklistSheets } from './checklist-sheet';
import type { Records } from './record';
import { fill, type Words } from './strings';

export interface ExportFile {
  name: string;
  /** Rejects when a writer cannot be loaded (offline). */
  content: () => Promise<{ data: BlobPart; type: string }>;
}

/** Which checklist the page holds: the matrix (by its source URL) and the party. */
export function identityOf({ title, sourceUrl, lastUpdated, party }: ChecklistConfig): ChecklistIdentity {
  return { matrix: { title, sourceUrl, lastUpdated }, party };
}

/**
 * The file of `format` (`json`, `csv` or `xlsx`) at `now`: the JSON holds every record (`records`,
 * in page order); the spreadsheets the listed items (`listed`), in the words `words` loads.
 */
export function exportFile(
  format: string,
  config: ChecklistConfig,
  words: () => Promise<Words>,
  records: Records,
  listed: readonly ChecklistEntry[],
  now: Date,
): ExportFile {
  const { parties, party, roles, title, sourceUrl, lastUpdated } = config;
  const name = checklistFileName(identityOf(config), now, format, config);
  const sheets = (sheetWords: Words) =>
    checklistSheets(listed, { roles, title, sourceUrl, lastUpdated }, parties, party, now.toISOString(), sheetWords);
  if (format === 'json') {
    const data = `${JSON.stringify(checklistFile(identityOf(config), records, now), null, 2)}\n`;
    return { name, content: async () => ({ data, type: 'application/json' }) };
  }
  if (format === 'csv') {
    return {
      name,
      content: async () => {
        const [{ sheetCsv }, sheetWords] = await Promise.all([import('../../shared/csv'), words()]);
        const [sheet] = sheets(sheetWords);
        return {
          data: sheet
            ? sheetCsv(
                sheet.columns.map((column) => column.header),
                sheet.rows,
              )
            : '',
          type: 'text/csv;charset=utf-8',
        };
      },
    };
  }
  return {
    name,
    content: async () => {
      const [{ workbookBytes, XLSX_MEDIA_TYPE }, sheetWords] = await Promise.all([import('../../shared/xlsx'), words()]);
      const workbook = { title: fill(sheetWords.strings.workbookTitle, { party: party.name, title }, config.lang), created: now };
      return { data: await workbookBytes(sheets(sheetWords), workbook), type: XLSX_MEDIA_TYPE };
    },
  };
}
