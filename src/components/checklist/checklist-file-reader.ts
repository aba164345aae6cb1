/**
 * Reads an imported checklist file against a schema (Zod Mini), and lists what importing it would
 * change. Loaded with import() when the reader reaches the import control or picks a file: this
 * chunk is about 7 KB (gzip), which would take the page over its 12 KB budget of JavaScript before
 * interaction. The schema is built from the field table and from the predicates that also check
 * records read back from storage (record.ts); a unit test holds the two to the same answers. Pure.
 */
import * as z from 'zod/mini';
import { type ChecklistIdentity, FILE_FORMAT, FILE_VERSION } from './checklist-file';
import { FIELD_NAMES, FIELDS, type Field, isDate } from './fields';
import { copyRecord, fieldValue, type ItemRecord, isActivityId, isLetters, isStamped, type Records } from './record';
import { fill, type Words } from './strings';

const valid = (test: (value: string) => boolean) => z.string().check(z.refine(test));

/** The file around its items, in the order its properties are checked (the first problem is reported). */
const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  matrix: z.object({ sourceUrl: z.string(), title: z.string() }),
  party: z.object({ id: z.string(), name: z.string() }),
  items: z.array(z.unknown()),
});

/** One item: its activity id, then the record's properties, in the order they are checked. */
const itemSchema = z.object({
  id: z.string().check(z.refine(isActivityId)),
  ...(Object.fromEntries(FIELD_NAMES.map((field) => [field, valid(FIELDS[field].valid)])) as Record<Field, z.ZodMiniString>),
  seen: z.object({
    activity: z.string(),
    matrixDate: valid(isDate),
    letters: z.record(z.string(), valid(isLetters)),
  }),
  updated: z.record(z.string().check(z.refine(isStamped)), z.number().check(z.nonnegative())),
});

export type FileReading = { ok: true; records: Map<string, ItemRecord> } | { ok: false; message: string };

type Issue = z.core.$ZodIssue;

/** What is wrong with an item's record, naming the first wrong property (after `items[i] (id) `). */
function recordProblem([issue]: Issue[], { strings, lang }: Words): string {
  const [key, inner] = (issue?.path ?? []) as string[];
  const file = strings.file;
  if (key === 'seen') {
    if (inner === undefined) return file.seenObject;
    return inner === 'activity' ? file.seenActivity : inner === 'matrixDate' ? file.seenMatrixDate : file.seenLetters;
  }
  if (key === 'updated') {
    if (inner === undefined) return file.updatedObject;
    return fill(issue?.code === 'invalid_key' ? file.updatedKey : file.updatedTime, { key: inner }, lang);
  }
  const field = key as Field;
  return `"${field}": ${strings.fields[field].rule}`;
}

/** What is wrong with the file around its items. */
function fileProblem([issue]: Issue[], data: unknown, { strings, lang }: Words): string {
  const { file } = strings;
  const key = issue?.path[0];
  if (key === 'format') return fill(file.format, { format: FILE_FORMAT }, lang);
  if (key === 'version') {
    const found = JSON.stringify((data as Record<string, unknown>)['version']);
    return fill(file.version, { found: String(found), version: String(FILE_VERSION) }, lang);
  }
  if (key === 'matrix' || key === 'party' || key === 'items') return file[key];
  return file.noObject;
}

/**
 * Reads an exported file for the checklist `expected`: its records by activity id, or the message
 * that tells the reader why it cannot be imported (not JSON, wrong shape, another matrix, another
 * party). A file names its matrix by the source of the edition it was exported from: `editions`
 * are the sources of every edition of the expected matrix, each of which is this matrix.
 */
export function readChecklistFile(
  text: string,
  expected: ChecklistIdentity,
  words: Words,
  editions: readonly string[] = [expected.matrix.sourceUrl],
): FileReading {
  const { strings, lang } = words;
  const unreadable = (problem: string): FileReading => ({ ok: false, message: fill(strings.file.unreadable, { problem }, lang) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: strings.file.notJson };
  }
  const file = fileSchema.safeParse(data);
  if (!file.success) return unreadable(fileProblem(file.error.issues, data, words));
  const { matrix, party, items } = file.data;
  if (!editions.includes(matrix.sourceUrl)) {
    const values = { title: matrix.title, sourceUrl: matrix.sourceUrl, expected: expected.matrix.title };
    return { ok: false, message: fill(strings.file.otherMatrix, values, lang) };
  }
  if (party.id !== expected.party.id) {
    return { ok: false, message: fill(strings.file.otherParty, { party: party.name, expected: expected.party.name }, lang) };
  }

  const records = new Map<string, ItemRecord>();
  for (const [index, value] of items.entries()) {
    const item = itemSchema.safeParse(value);
    const position = String(index);
    if (!item.success) {
      const [issue] = item.error.issues;
      const id = (value as Record<string, unknown>)?.['id'];
      if (issue === undefined || issue.path.length === 0 || issue.path[0] === 'id')
        return unreadable(fill(strings.file.itemId, { index: position }, lang));
      const problem = recordProblem(item.error.issues, words);
      return unreadable(fill(strings.file.itemProblem, { index: position, id: String(id), problem }, lang));
    }
    const { id, ...record } = item.data;
    if (records.has(id)) return unreadable(fill(strings.file.duplicate, { index: position, id }, lang));
    records.set(id, copyRecord(record as ItemRecord));
  }
  return { ok: true, records };
}

/** One item an import changes, for the preview the reader confirms. */
export interface ImportChange {
  id: string;
  /** The activity's text as saved in the file (or here, for an item the import clears). */
  activity: string;
  kind: 'added' | 'changed' | 'removed';
  /** The fields that differ, with their values before and after ("To do" and "" for an item without a record). */
  fields: { field: Field; before: string; after: string }[];
}

/**
 * What importing `incoming` in place of `current` changes: items added, changed (field by field)
 * and removed (saved here, not in the file), in the order of the file then of the page.
 */
export function importChanges(current: Records, incoming: Records): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const [id, record] of incoming) {
    const before = current.get(id);
    const fields = FIELD_NAMES.map((field) => ({ field, before: fieldValue(before, field), after: fieldValue(record, field) })).filter(
      (change) => change.before !== change.after,
    );
    if (!before) changes.push({ id, activity: record.seen.activity, kind: 'added', fields });
    else if (fields.length > 0) changes.push({ id, activity: record.seen.activity, kind: 'changed', fields });
  }
  for (const [id, record] of current) {
    if (!incoming.has(id)) changes.push({ id, activity: record.seen.activity, kind: 'removed', fields: [] });
  }
  return changes;
}
