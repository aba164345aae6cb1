/**
 * One item's record, as pure functions: its shape and the check of a record read back from
 * storage, written field by field, two tabs' writes merged per field (the later write wins). No
 * DOM and no storage here: the custom element does the I/O. An imported file is checked by the
 * schema of checklist-file-reader.ts, built from the same predicates.
 */
import { isRoleLetter } from '../../core/letters';
import { FIELD_NAMES, FIELDS, type Field, isDate, type Status } from './fields';

/** Letters per party id, as written (`RA`; `''` is "no role"). */
export type Letters = Record<string, string>;

/** An activity of the checklist as the page knows it. */
export interface ChecklistActivity {
  id: string;
  text: string;
  letters: Letters;
  phase: number;
  /** The party is Responsible or Accountable for it; otherwise only Consulted or Informed. */
  tracked: boolean;
}

/** The activity as the reader saw it when they last saved the item. */
export interface Seen {
  activity: string;
  /** The matrix's last-updated date, YYYY-MM-DD. */
  matrixDate: string;
  letters: Letters;
}

/** What `updated` times: each field, and `seen`. */
export type Stamped = Field | 'seen';

export interface ItemRecord {
  status: Status;
  owner: string;
  /** YYYY-MM-DD, or '' for none. */
  due: string;
  note: string;
  /** An http or https URL, or ''. */
  evidence: string;
  seen: Seen;
  /** When each field (and `seen`) was last written, in ms since 1970: merges keep the later write. */
  updated: Partial<Record<Stamped, number>>;
}

export type Records = ReadonlyMap<string, ItemRecord>;

const ACTIVITY_ID = /^[a-z0-9][a-z0-9-]*$/;

export function isActivityId(value: unknown): value is string {
  return typeof value === 'string' && ACTIVITY_ID.test(value);
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Letters written as in the matrix: R, A, C, I, each at most once. */
export function isLetters(value: string): boolean {
  return [...value].every(isRoleLetter) && new Set(value).size === value.length;
}

export const isStamped = (key: string): key is Stamped => key === 'seen' || (FIELD_NAMES as readonly string[]).includes(key);

/** A time of `updated`: milliseconds since 1970. */
export const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

const isText = (value: unknown): value is string => typeof value === 'string';

/** Whether `value`, read back from storage, is a record (the same rules as an imported file's items). */
export function isRecord(value: unknown): value is ItemRecord {
  if (!isObject(value)) return false;
  if (!FIELD_NAMES.every((field) => isText(value[field]) && FIELDS[field].valid(value[field]))) return false;
  const { seen, updated } = value;
  return (
    isObject(seen) &&
    isText(seen['activity']) &&
    isText(seen['matrixDate']) &&
    isDate(seen['matrixDate']) &&
    isObject(seen['letters']) &&
    Object.values(seen['letters']).every((letters) => isText(letters) && isLetters(letters)) &&
    isObject(updated) &&
    Object.entries(updated).every(([key, time]) => isStamped(key) && isTime(time))
  );
}

/** A copy of a record, with only its known properties. */
export function copyRecord(record: ItemRecord): ItemRecord {
  return {
    status: record.status,
    owner: record.owner,
    due: record.due,
    note: record.note,
    evidence: record.evidence,
    seen: { activity: record.seen.activity, matrixDate: record.seen.matrixDate, letters: { ...record.seen.letters } },
    updated: { ...record.updated },
  };
}

/** The record of `value` (read from storage), keeping only the known properties; undefined when it is not one. */
export function toRecord(value: unknown): ItemRecord | undefined {
  return isRecord(value) ? copyRecord(value) : undefined;
}

/** A field's value; an item without a record is "To do", its other fields empty. */
export function fieldValue(record: ItemRecord | undefined, field: Field): string {
  return record ? record[field] : field === 'status' ? 'todo' : '';
}

function seenNow(activity: ChecklistActivity, matrixDate: string): Seen {
  return { activity: activity.text, matrixDate, letters: { ...activity.letters } };
}

/** The record of an item nobody has touched: "To do", nothing else, seen as it is now (at time 0). */
export function blankRecord(activity: ChecklistActivity, matrixDate: string): ItemRecord {
  return { status: 'todo', owner: '', due: '', note: '', evidence: '', seen: seenNow(activity, matrixDate), updated: {} };
}

/** How the activity's letters differ from those the reader saw: one entry per party that changed. */
export interface LetterChange {
  party: string;
  before: string;
  after: string;
}

export function letterChanges(record: ItemRecord, activity: ChecklistActivity): LetterChange[] {
  const parties = [...new Set([...Object.keys(activity.letters), ...Object.keys(record.seen.letters)])];
  return parties
    .map((party) => ({ party, before: record.seen.letters[party] ?? '', after: activity.letters[party] ?? '' }))
    .filter((change) => change.before !== change.after);
}

/**
 * The record after the reader set `field` to `value` at `now`. What they saw is refreshed too,
 * unless the letters changed since: that flag stays until they confirm (see `confirmReview`).
 */
export function editRecord(
  record: ItemRecord | undefined,
  activity: ChecklistActivity,
  matrixDate: string,
  field: Field,
  value: string,
  now: number,
): ItemRecord {
  const base = record ?? blankRecord(activity, matrixDate);
  const refreshSeen = record === undefined || letterChanges(base, activity).length === 0;
  return {
    ...base,
    [field]: value,
    ...(refreshSeen ? { seen: seenNow(activity, matrixDate) } : {}),
    updated: { ...base.updated, [field]: now, ...(refreshSeen ? { seen: now } : {}) },
  };
}

/** The reader confirmed they reviewed the activity's new letters. */
export function confirmReview(record: ItemRecord, activity: ChecklistActivity, matrixDate: string, now: number): ItemRecord {
  return { ...record, seen: seenNow(activity, matrixDate), updated: { ...record.updated, seen: now } };
}

/**
 * Merges two versions of one item's record, field by field: each field comes from the version
 * that wrote it last (`b` on a tie), so edits of different fields in two tabs are all kept.
 */
export function mergeRecords(a: ItemRecord, b: ItemRecord): ItemRecord {
  const merged: ItemRecord = { ...b, updated: { ...b.updated } };
  for (const key of [...FIELD_NAMES, 'seen'] as const) {
    const timeA = a.updated[key] ?? 0;
    if (timeA > (b.updated[key] ?? 0)) {
      if (key === 'seen') merged.seen = a.seen;
      else if (key === 'status') merged.status = a.status;
      else merged[key] = a[key];
      merged.updated[key] = timeA;
    }
  }
  return merged;
}
