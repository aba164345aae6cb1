/**
 * The checklist's JSON file: what "Export JSON" writes and "Import" reads back, in a documented,
 * versioned format (see README, "Checklist"). The writer is here, loaded with the page: a backup
 * needs nothing from the network. The reader, with its schema, is checklist-file-reader.ts,
 * loaded when the reader imports a file. Pure: the page reads and writes the files.
 */
import type { ItemRecord, Records } from './record';
import { fill, type PageWords, type Words } from './strings';

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
export function checklistFileName(identity: ChecklistIdentity, exportedAt: Date, extension: string, { strings, lang }: PageWords): string {
  const values = {
    party: identity.party.id,
    matrixDate: identity.matrix.lastUpdated,
    date: exportedAt.toISOString().slice(0, 10),
    extension,
  };
  return fill(strings.fileName, values, lang);
}

/** The message for a file too large to be a checklist, or undefined. */
export function sizeProblem(bytes: number, { strings, lang }: Words): string | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const size = (bytes / 1_000_000).toLocaleString(lang, { maximumFractionDigits: 1 });
  return fill(strings.file.tooLarge, { size }, lang);
}
