import type { MatrixMeta, Party } from '../../core/schema';
import { LINK_COLUMN, legendSheet, lettersColumn, type Sheet, type SheetCell, type SheetColumn } from '../../shared/sheets';
import { type ChecklistActivity, type ItemRecord, STATUS_LABELS } from './state';

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

/** The columns of the printed evidence sheet, after the activity; the exports have them too. */
export const EVIDENCE_COLUMNS: SheetColumn[] = [
  { header: 'Status', width: 16 },
  { header: 'Owner', width: 20 },
  { header: 'Due date', width: 12 },
  { header: 'Note', width: 50, wrap: true },
  { header: 'Evidence', width: 40 },
];

/** Status, owner, due date, note and evidence (a link) of an item; an item never touched is "To do". */
export function evidenceCells(record: ItemRecord | undefined): SheetCell[] {
  const evidence = record?.evidence ?? '';
  return [
    STATUS_LABELS[record?.status ?? 'todo'],
    record?.owner ?? '',
    record?.due ?? '',
    record?.note ?? '',
    evidence === '' ? '' : { text: evidence, url: evidence },
  ];
}

/**
 * The checklist as a sheet (CSV and XLSX): phase, section, activity, each party's letters, the
 * evidence columns and a link to the row; the XLSX adds the legend sheet.
 */
export function checklistSheets(
  entries: readonly ChecklistEntry[],
  meta: Pick<MatrixMeta, 'roles' | 'title' | 'sourceUrl' | 'lastUpdated'>,
  parties: readonly Party[],
  party: Party,
  exportedAt: string,
): Sheet[] {
  const checklist: Sheet = {
    name: `${party.name} checklist`,
    table: true,
    columns: [
      { header: 'Phase', width: 24 },
      { header: 'Section', width: 32 },
      { header: 'Activity', width: 60, wrap: true },
      ...parties.map(lettersColumn),
      ...EVIDENCE_COLUMNS,
      LINK_COLUMN,
    ],
    rows: entries.map((entry) => [
      entry.phase,
      entry.section,
      entry.activity.text,
      ...parties.map((p) => entry.activity.letters[p.id] ?? ''),
      ...evidenceCells(entry.record),
      { text: entry.url, url: entry.url },
    ]),
  };
  return [
    checklist,
    legendSheet(meta, [
      ['Checklist', `${party.name}: the activities in which ${party.name} is Responsible or Accountable, and those added`],
      ['Exported', exportedAt],
    ]),
  ];
}
