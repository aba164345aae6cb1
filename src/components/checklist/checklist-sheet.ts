/** The checklist as spreadsheet rows (CSV and XLSX) and as the printed evidence sheet's cells. Pure. */
import type { MatrixMeta, Party } from '../../core/schema';
import { legendSheet, lettersColumn, linkColumn, type Sheet, type SheetCell, type SheetColumn } from '../../shared/sheets';
import { FIELD_NAMES, FIELDS, fieldCell } from './fields';
import { type ChecklistActivity, fieldValue, type ItemRecord } from './record';
import { fill, type ScriptStrings, type Words } from './strings';

/** One item of the checklist as the exports and the printed sheet show it. */
export interface ChecklistEntry {
  activity: ChecklistActivity;
  /** "3. Service Usage" */
  phase: string;
  /** "3.1.2. Access management" */
  section: string;
  /** Absolute URL of the activity's row on the full matrix. */
  url: string;
  record: ItemRecord | undefined;
}

/** The columns of the fields, in the exports and on the printed evidence sheet (after the activity). */
export function fieldColumns(strings: Pick<ScriptStrings, 'fields'>): SheetColumn[] {
  return FIELD_NAMES.map((field) => ({ header: strings.fields[field].column, ...FIELDS[field].column }));
}

/** Status, owner, due date, note and evidence (a link) of an item; an item never touched is "To do". */
export function fieldCells(record: ItemRecord | undefined, strings: Pick<ScriptStrings, 'statuses'>): SheetCell[] {
  return FIELD_NAMES.map((field) => fieldCell(field, fieldValue(record, field), strings.statuses));
}

/**
 * The checklist as a sheet (CSV and XLSX): phase, section, activity, each party's letters, the
 * field columns and a link to the row; the XLSX adds the legend sheet.
 */
export function checklistSheets(
  entries: readonly ChecklistEntry[],
  meta: Pick<MatrixMeta, 'roles' | 'title' | 'sourceUrl' | 'lastUpdated'>,
  parties: readonly Party[],
  party: Party,
  exportedAt: string,
  { strings, lang }: Words,
): Sheet[] {
  const { columns } = strings;
  const checklist: Sheet = {
    name: fill(strings.sheetName, { party: party.name }, lang),
    table: true,
    columns: [
      { header: columns.phase, width: 24 },
      { header: columns.section, width: 32 },
      { header: columns.activity, width: 60, wrap: true },
      ...parties.map(lettersColumn),
      ...fieldColumns(strings),
      linkColumn(strings.sheet),
    ],
    rows: entries.map((entry) => [
      entry.phase,
      entry.section,
      entry.activity.text,
      ...parties.map((p) => entry.activity.letters[p.id] ?? ''),
      ...fieldCells(entry.record, strings),
      { text: entry.url, url: entry.url },
    ]),
  };
  return [
    checklist,
    legendSheet(meta, strings.sheet, [
      [strings.legendChecklist, fill(strings.legendChecklistText, { party: party.name }, lang)],
      [strings.legendExported, exportedAt],
    ]),
  ];
}
