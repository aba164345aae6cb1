/**
 * The checklist's JSON file: what "Export JSON" writes and "Import" reads back, in a documented,
 * versioned format (see README, "Checklist"). Pure: the page reads and writes the files.
 */
import { FIELDS, type ItemRecord, isActivityId, type Records, recordProblem, STATUS_LABELS, toRecord } from './state';

export const FILE_FORMAT = 'raci-checklist';
/** Bump on any change that an older page could not read. */
export const FILE_VERSION = 1;
/** Larger files are refused before they are read: a checklist of a few hundred items is far smaller. */
export const MAX_FILE_BYTES = 1_000_000;

/** Which checklist a page holds: the matrix (by its source URL) and the party. */
export interface ChecklistIdentity {
  matrix: { title: string; sourceUrl: string; lastUpdated: string };
  party: { id: string; name: string };
}

export interface ChecklistFile extends ChecklistIdentity {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  /** When the file was written, ISO 8601. */
  exportedAt: string;
  /** One entry per saved item: its activity id and its record. */
  items: ({ id: string } & ItemRecord)[];
}

export function checklistFile(identity: ChecklistIdentity, records: Records, exportedAt: Date): ChecklistFile {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    matrix: { ...identity.matrix },
    party: { ...identity.party },
    exportedAt: exportedAt.toISOString(),
    items: [...records].map(([id, record]) => ({ id, ...record })),
  };
}

/** The file's name: party, matrix date and export date, e.g. `customer-checklist-2025-05-20-exported-2026-01-31.json`. */
export function checklistFileName(identity: ChecklistIdentity, exportedAt: Date, extension: string): string {
  return `${identity.party.id}-checklist-${identity.matrix.lastUpdated}-exported-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

const NOTHING_CHANGED = 'Nothing was changed.';

export type FileReading = { ok: true; records: Map<string, ItemRecord> } | { ok: false; message: string };

/** The message for a file too large to be a checklist, or undefined. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const megabytes = (bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 });
  return `This file is ${megabytes} MB, over the 1 MB a checklist export can be: it is not one. ${NOTHING_CHANGED}`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const shape = (detail: string): FileReading => ({
  ok: false,
  message: `This file is not a checklist export this page can read: ${detail}. ${NOTHING_CHANGED}`,
});

/**
 * Reads an exported file for the checklist `expected`: its records by activity id, or the message
 * that tells the reader why it cannot be imported (not JSON, wrong shape, another matrix, another
 * party).
 */
export function readChecklistFile(text: string, expected: ChecklistIdentity): FileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `This file is not JSON, so it is not a checklist export. ${NOTHING_CHANGED}` };
  }
  if (!isObject(data)) return shape('it holds no object');
  if (data['format'] !== FILE_FORMAT) return shape(`its "format" is not "${FILE_FORMAT}"`);
  if (data['version'] !== FILE_VERSION)
    return shape(`it is written in version ${JSON.stringify(data['version'])} of the format; this page reads version ${FILE_VERSION}`);
  const { matrix, party, items } = data;
  if (!isObject(matrix) || typeof matrix['sourceUrl'] !== 'string' || typeof matrix['title'] !== 'string')
    return shape('"matrix" must give the matrix\'s title and sourceUrl');
  if (!isObject(party) || typeof party['id'] !== 'string' || typeof party['name'] !== 'string')
    return shape('"party" must give the party\'s id and name');
  if (!Array.isArray(items)) return shape('"items" must be a list');

  if (matrix['sourceUrl'] !== expected.matrix.sourceUrl) {
    return {
      ok: false,
      message: `This file is a checklist of another matrix ("${matrix['title']}", ${matrix['sourceUrl']}), not of "${expected.matrix.title}". ${NOTHING_CHANGED}`,
    };
  }
  if (party['id'] !== expected.party.id) {
    return {
      ok: false,
      message: `This file is ${party['name']}'s checklist, and this page is ${expected.party.name}'s: import it on ${party['name']}'s checklist page. ${NOTHING_CHANGED}`,
    };
  }

  const records = new Map<string, ItemRecord>();
  for (const [index, item] of items.entries()) {
    if (!isObject(item) || !isActivityId(item['id'])) return shape(`items[${index}] must have the "id" of an activity`);
    const problem = recordProblem(item);
    if (problem) return shape(`items[${index}] (${item['id']}) ${problem}`);
    if (records.has(item['id'])) return shape(`items[${index}]: "${item['id']}" appears twice`);
    records.set(item['id'], toRecord(item) as ItemRecord);
  }
  return { ok: true, records };
}

const FIELD_NAMES = { status: 'Status', owner: 'Owner', due: 'Due date', note: 'Note', evidence: 'Evidence' } as const;

/** One item an import changes, for the preview the reader confirms. */
export interface ImportChange {
  id: string;
  /** The activity's text as saved in the file (or here, for an item the import clears). */
  activity: string;
  kind: 'added' | 'changed' | 'removed';
  /** "Status: To do → Done", one line per field that differs. */
  details: string[];
}

const shown = (field: (typeof FIELDS)[number], record: ItemRecord | undefined): string => {
  if (!record) return field === 'status' ? STATUS_LABELS.todo : '(empty)';
  if (field === 'status') return STATUS_LABELS[record.status];
  return record[field] === '' ? '(empty)' : `"${record[field]}"`;
};

/**
 * What importing `incoming` in place of `current` changes: items added, changed (field by field)
 * and removed (saved here, not in the file), in the order of the file then of the page.
 */
export function importChanges(current: Records, incoming: Records): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const [id, record] of incoming) {
    const before = current.get(id);
    const details = FIELDS.filter((field) => shown(field, before) !== shown(field, record)).map(
      (field) => `${FIELD_NAMES[field]}: ${shown(field, before)} → ${shown(field, record)}`,
    );
    if (!before) changes.push({ id, activity: record.seen.activity, kind: 'added', details });
    else if (details.length > 0) changes.push({ id, activity: record.seen.activity, kind: 'changed', details });
  }
  for (const [id, record] of current) {
    if (!incoming.has(id)) changes.push({ id, activity: record.seen.activity, kind: 'removed', details: [] });
  }
  return changes;
}
