/**
 * The checklist's state, as pure functions: one record per activity, written field by field, two
 * tabs' writes merged per field (the later write wins), migrations after the content changed, and
 * the progress summary. No DOM and no storage here: the custom element does the I/O.
 */
import { resolveAnchorAlias } from '../../core/alias-chains';
import { isRoleLetter } from '../../core/letters';

export const STATUSES = ['todo', 'in-progress', 'done', 'not-applicable'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  'not-applicable': 'Not applicable',
};

/** What the reader edits on each item. */
export const FIELDS = ['status', 'owner', 'due', 'note', 'evidence'] as const;
export type Field = (typeof FIELDS)[number];

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
  updated: Partial<Record<Field | 'seen', number>>;
}

export type Records = ReadonlyMap<string, ItemRecord>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTIVITY_ID = /^[a-z0-9][a-z0-9-]*$/;

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

/** An evidence link must be an absolute http or https URL: never `javascript:` or a file path. */
export function isEvidenceLink(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Whether `value` is acceptable for `field` (the empty string clears every text field). */
export function isValidField(field: Field, value: string): boolean {
  if (field === 'status') return isStatus(value);
  if (field === 'due') return value === '' || DATE.test(value);
  if (field === 'evidence') return value === '' || isEvidenceLink(value);
  return true;
}

export function isActivityId(value: unknown): value is string {
  return typeof value === 'string' && ACTIVITY_ID.test(value);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Letters written as in the matrix: R, A, C, I, each at most once. */
function isLetters(value: string): boolean {
  return [...value].every(isRoleLetter) && new Set(value).size === value.length;
}

/**
 * Checks a record read from storage or from an imported file; returns the reason it is not one,
 * naming the first wrong property, or undefined when it is a record.
 */
export function recordProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'must be an object';
  for (const field of FIELDS) {
    const fieldValue = value[field];
    if (typeof fieldValue !== 'string' || !isValidField(field, fieldValue)) return `"${field}": ${FIELD_RULES[field]}`;
  }
  const { seen, updated } = value;
  if (!isObject(seen)) return '"seen" must be an object';
  if (typeof seen['activity'] !== 'string') return '"seen.activity" must be text';
  if (typeof seen['matrixDate'] !== 'string' || !DATE.test(seen['matrixDate']))
    return '"seen.matrixDate" must be a date written YYYY-MM-DD';
  const letters = seen['letters'];
  if (!isObject(letters) || !Object.values(letters).every((l) => typeof l === 'string' && isLetters(l)))
    return '"seen.letters" must give each party its letters (R, A, C, I)';
  if (!isObject(updated)) return '"updated" must be an object';
  for (const [key, time] of Object.entries(updated)) {
    if (!(FIELDS as readonly string[]).includes(key) && key !== 'seen') return `"updated.${key}" is not a field`;
    if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) return `"updated.${key}" must be a time in milliseconds`;
  }
  return undefined;
}

const FIELD_RULES: Record<Field, string> = {
  status: `must be one of ${STATUSES.map((status) => `"${status}"`).join(', ')}`,
  owner: 'must be text',
  due: 'must be a date written YYYY-MM-DD, or ""',
  note: 'must be text',
  evidence: 'must be a link starting with http:// or https://, or ""',
};

/** The record of `value` (storage, a file), keeping only the known properties; undefined when it is not one. */
export function toRecord(value: unknown): ItemRecord | undefined {
  if (recordProblem(value) !== undefined) return undefined;
  const record = value as ItemRecord;
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
  for (const key of [...FIELDS, 'seen'] as const) {
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

export interface Reconciled {
  /** Every record, under the activity's current id when it has one. */
  records: Map<string, ItemRecord>;
  /** Records moved from an old id to the current one (an alias in content/aliases.yaml). */
  moved: { from: string; to: string }[];
}

/**
 * Brings saved records in line with the current matrix: a record under an old id (renamed or
 * moved activity) joins the current one, merged field by field if both exist. A record whose
 * activity has left the party's share of the matrix stays as it is (see `orphanIds`).
 */
export function reconcile(records: Records, known: ReadonlySet<string>, anchorAliases: Record<string, string>): Reconciled {
  const result: Reconciled = { records: new Map(), moved: [] };
  const current = [...records].filter(([id]) => known.has(id));
  const others = [...records].filter(([id]) => !known.has(id));
  for (const [id, record] of current) result.records.set(id, record);
  for (const [id, record] of others) {
    const to = resolveAnchorAlias({ anchors: anchorAliases }, id, (candidate) => known.has(candidate));
    if (to === undefined) {
      result.records.set(id, record);
      continue;
    }
    const existing = result.records.get(to);
    result.records.set(to, existing ? mergeRecords(existing, record) : record);
    result.moved.push({ from: id, to });
  }
  return result;
}

/** Saved items that are "No longer in the matrix": their activity is not among the party's any more. */
export function orphanIds(records: Records, known: ReadonlySet<string>): string[] {
  return [...records.keys()].filter((id) => !known.has(id));
}

/** An item is listed when the party is R or A, when the reader asked for the others, or once it has saved state. */
export function isListed(activity: ChecklistActivity, record: ItemRecord | undefined, includeOthers: boolean): boolean {
  return activity.tracked || includeOthers || record !== undefined;
}

export type StatusCounts = Record<Status, number> & { total: number };

const noCounts = (): StatusCounts => ({ todo: 0, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 0 });

export interface Summary {
  overall: StatusCounts;
  /** Counts per phase number. */
  phases: Map<number, StatusCounts>;
}

/** Counts of the listed items per status, overall and per phase (an item without a record is "To do"). */
export function summarize(listed: readonly ChecklistActivity[], records: Records): Summary {
  const summary: Summary = { overall: noCounts(), phases: new Map() };
  for (const activity of listed) {
    const status = records.get(activity.id)?.status ?? 'todo';
    const phase = summary.phases.get(activity.phase) ?? noCounts();
    summary.phases.set(activity.phase, phase);
    for (const counts of [summary.overall, phase]) {
      counts[status] += 1;
      counts.total += 1;
    }
  }
  return summary;
}

/** Progress: items done out of those that apply ("Not applicable" ones do not count). */
export function progress(counts: StatusCounts): { done: number; of: number } {
  return { done: counts.done, of: counts.total - counts['not-applicable'] };
}

/** The latest write of any record: the reader has unexported changes when it is after the last export. */
export function lastChange(records: Records): number {
  let latest = 0;
  for (const record of records.values()) for (const time of Object.values(record.updated)) latest = Math.max(latest, time ?? 0);
  return latest;
}

/**
 * The localStorage keys of one party's checklist for the matrix published at `sourceUrl`: one per
 * item, ending with the activity id, and one for the page's settings. Not keyed by the matrix's
 * date, so that a new release of the matrix finds the reader's work.
 */
export function storageKeys(sourceUrl: string, partyId: string) {
  const settings = `raci-checklist:v1:${encodeURIComponent(sourceUrl)}:${partyId}`;
  return {
    settings,
    item: (id: string) => `${settings}:${id}`,
    /** The activity id of an item's key; undefined for any other key. */
    idOf: (key: string): string | undefined => (key.startsWith(`${settings}:`) ? key.slice(settings.length + 1) : undefined),
  };
}

/** The page's own settings, stored beside the items. */
export interface Settings {
  /** Also list the activities in which the party is only Consulted or Informed. */
  includeOthers: boolean;
  /** When the checklist was last exported as JSON, in ms since 1970 (0: never). */
  exportedAt: number;
}

export function toSettings(value: unknown): Settings {
  const settings = isObject(value) ? value : {};
  return {
    includeOthers: settings['includeOthers'] === true,
    exportedAt: typeof settings['exportedAt'] === 'number' ? settings['exportedAt'] : 0,
  };
}
