/**
 * What the checklist page shows for a given state, as pure functions: each item's fields, flag
 * and visibility under the filter, the summary sentence and the counts per phase, the list of
 * items no longer in the matrix, the printed sheet's rows and the import preview. The custom
 * element renders the result (render.ts); every word comes from the dictionary (strings.ts).
 */
import { isRoleLetter } from '../../core/letters';
import type { Party, RoleDefinition } from '../../core/schema';
import { roleLabel } from '../../shared/labels';
import type { SheetCell } from '../../shared/sheets';
import type { ImportChange } from './checklist-file-reader';
import { type ChecklistEntry, fieldCells } from './checklist-sheet';
import type { Settings } from './checklist-store';
import { FIELD_NAMES, type Field, fieldCell, STATUSES, type Status } from './fields';
import { orphanIds } from './migration';
import { fieldValue, type ItemRecord, type LetterChange, letterChanges, type Records } from './record';
import { fill, fillParts, formatCount, type PageWords, type Part, type Words } from './strings';
import { isListed, lastChange, type Progress, progress, type StatusCounts, summarize } from './summary';

/** What the "Show" menu keeps: every item, one status, or the items whose letters changed. */
export type Filter = 'all' | Status | 'changed';

/** The words, and the matrix's parties and legend, which the page's text names. */
export interface ViewContext extends PageWords {
  parties: readonly Party[];
  roles: readonly RoleDefinition[];
}

/** An item of the page: its activity and place in the matrix (its record is in `records`). */
export type PageEntry = Omit<ChecklistEntry, 'record'>;

export interface ChecklistState {
  /** The page's items, in page order. */
  entries: readonly PageEntry[];
  records: Records;
  settings: Settings;
  filter: Filter;
  /** The browser lets the page save (localStorage). */
  available: boolean;
}

export interface ItemView {
  status: Status;
  /** The value of each field's control. */
  values: Record<Field, string>;
  /** The letters changed since the reader reviewed the item. */
  changed: boolean;
  /** Those changes, in words ("OVHcloud was I (Informed), now C (Consulted)."). */
  changes: string;
  hidden: boolean;
}

export interface PhaseView {
  /** The count of each status, written in the page's language. */
  counts: Record<Status, string>;
  progress: Progress;
  /** "1 of 2" */
  text: string;
}

export interface OrphanView {
  id: string;
  activity: string;
  /** "Saved against the matrix of 2026-01-15 (Customer I, OVHcloud RA)." */
  saved: string;
  /** "Status: In progress · Owner: Bob · Note: Monthly" */
  details: string;
  remove: string;
  removeLabel: string;
}

export interface SheetRow {
  /** "1.1. Specify service as needed: Choose the location" */
  activity: string;
  cells: SheetCell[];
}

export interface ChecklistView {
  storageNote: boolean;
  storageProblem: boolean;
  /** Some changes are in no JSON export yet. */
  exportReminder: boolean;
  items: Map<string, ItemView>;
  /** "Showing 2 of 44 items." */
  filterStatus: string;
  overall: { text: string; progress: Progress };
  /** Per phase number; a phase without listed items is not in it. */
  phases: Map<number, PhaseView>;
  orphans: OrphanView[];
  /** The printed evidence sheet: every listed item, whatever the filter. */
  sheet: SheetRow[];
}

export function matchesFilter(filter: Filter, status: Status, changed: boolean): boolean {
  return filter === 'all' || (filter === 'changed' ? changed : status === filter);
}

/** "RA (Responsible, Accountable)", or "no role". */
function lettersText(written: string, { strings, lang, roles }: ViewContext): string {
  if (written === '') return strings.noRole;
  return fill(strings.lettersNamed, { letters: written, names: roleLabel([...written].filter(isRoleLetter), roles, strings.noRole) }, lang);
}

const partyName = (id: string, parties: readonly Party[]) => parties.find((party) => party.id === id)?.name ?? id;

/** "OVHcloud was I (Informed), now C (Consulted)" */
export function describeChange(change: LetterChange, context: ViewContext): string {
  const values = {
    party: partyName(change.party, context.parties),
    before: lettersText(change.before, context),
    after: lettersText(change.after, context),
  };
  return fill(context.strings.letterChange, values, context.lang);
}

/** The label of an item's fields for screen readers: "Tracking of “…”". */
export function legendText(activity: string, { strings, lang }: PageWords): string {
  return fill(strings.legend, { activity }, lang);
}

export function itemView(entry: PageEntry, record: ItemRecord | undefined, state: ChecklistState, context: ViewContext): ItemView {
  const changes = record ? letterChanges(record, entry.activity) : [];
  const status = record?.status ?? 'todo';
  const described = changes.map((change) => describeChange(change, context)).join(context.strings.separators.changes);
  return {
    status,
    values: Object.fromEntries(FIELD_NAMES.map((field) => [field, fieldValue(record, field)])) as Record<Field, string>,
    changed: changes.length > 0,
    changes: fill(context.strings.changes, { changes: described }, context.lang),
    hidden: !isListed(entry.activity, record, state.settings.includeOthers) || !matchesFilter(state.filter, status, changes.length > 0),
  };
}

/** "2 of 43 items done (1 not applicable): 40 to do, 1 in progress." */
export function overallText(counts: StatusCounts, { strings, lang }: PageWords): string {
  const { done, of } = progress(counts);
  const values = { done, of, notApplicable: counts['not-applicable'], todo: counts.todo, inProgress: counts['in-progress'] };
  return fill(strings.overall, values, lang);
}

/** An item saved here whose activity is no longer in the party's share of the matrix, in words. */
export function orphanView(id: string, record: ItemRecord, { strings, lang, parties }: ViewContext): OrphanView {
  const letters = parties
    .map((party) => fill(strings.orphanLetters, { party: party.name, letters: record.seen.letters[party.id] || strings.noRole }, lang))
    .join(strings.separators.list);
  const details = FIELD_NAMES.flatMap((field) => {
    const cell = fieldCell(field, record[field], strings.statuses);
    const value = typeof cell === 'string' ? cell : cell.url;
    // The status always shows; the other fields when they are filled in.
    return field === 'status' || value !== '' ? [fill(strings.fieldValue, { field: strings.fields[field].column, value }, lang)] : [];
  }).join(strings.separators.details);
  return {
    id,
    activity: record.seen.activity,
    // The date as saved (YYYY-MM-DD) and in words: each language's message picks one.
    saved: fill(strings.orphanSaved, { date: record.seen.matrixDate, longDate: dayInWords(record.seen.matrixDate, lang), letters }, lang),
    details,
    remove: strings.remove,
    removeLabel: fill(strings.removeLabel, { activity: record.seen.activity }, lang),
  };
}

/** The listed items in page order, with their records: what the exports and the printed sheet show, whatever the filter. */
export function listedEntries({ entries, records, settings }: ChecklistState): ChecklistEntry[] {
  return entries
    .map((entry) => ({ ...entry, record: records.get(entry.activity.id) }))
    .filter((entry) => isListed(entry.activity, entry.record, settings.includeOthers));
}

/** What the page shows for `state`. */
export function checklistView(state: ChecklistState, context: ViewContext): ChecklistView {
  const { strings, lang } = context;
  const listed = listedEntries(state);
  const items = new Map(
    state.entries.map((entry) => [entry.activity.id, itemView(entry, state.records.get(entry.activity.id), state, context)]),
  );
  const shown = [...items.values()].filter((item) => !item.hidden).length;
  const summary = summarize(
    listed.map((entry) => entry.activity),
    state.records,
  );
  const phases = new Map(
    [...summary.phases].map(([phase, counts]) => {
      const done = progress(counts);
      const cells = Object.fromEntries(STATUSES.map((status) => [status, formatCount(counts[status], lang)])) as Record<Status, string>;
      return [phase, { counts: cells, progress: done, text: fill(strings.phaseProgress, { ...done }, lang) }] as const;
    }),
  );
  const known = new Set(state.entries.map((entry) => entry.activity.id));
  return {
    storageNote: state.available,
    storageProblem: !state.available,
    exportReminder: lastChange(state.records) > state.settings.exportedAt,
    items,
    filterStatus: fill(strings.filterStatus, { shown, listed: listed.length }, lang),
    overall: { text: overallText(summary.overall, context), progress: progress(summary.overall) },
    phases,
    orphans: orphanIds(state.records, known).map((id) => orphanView(id, state.records.get(id) as ItemRecord, context)),
    sheet: listed.map((entry) => ({
      activity: fill(strings.sheetActivity, { section: entry.section, activity: entry.activity.text }, lang),
      cells: fieldCells(entry.record, strings),
    })),
  };
}

/**
 * A date written YYYY-MM-DD, in words in the page's language: "January 15, 2026". (As format.ts
 * `formatDate`, written here: importing it would split it into a chunk of its own, one more request.)
 */
export function dayInWords(date: string, lang: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' });
}

/** The date the sheet is printed, in the page's language: "June 11, 2026". */
export function printedDate(now: Date, lang: string): string {
  return now.toLocaleDateString(lang, { dateStyle: 'long' });
}

/** One line of the import preview: `{activity}` is a part of its own, which the page sets in bold. */
export interface PreviewLine {
  activity: string;
  parts: Part[];
}

export type ImportPreview = { same: true; message: string } | { same: false; summary: string; lines: PreviewLine[] };

/** How the preview shows a field's value: the status by its name, "(empty)", or the text in quotes. */
function previewValue(field: Field, value: string, { strings, lang }: Words): string {
  if (field === 'status') return strings.statuses[value as Status];
  return value === '' ? strings.preview.empty : fill(strings.preview.quoted, { value }, lang);
}

/** What the reader is asked before an import replaces their checklist with file `file`'s. */
export function importPreview(file: string, changes: readonly ImportChange[], context: Words): ImportPreview {
  const { strings, lang } = context;
  if (changes.length === 0) return { same: true, message: fill(strings.messages.same, { file }, lang) };
  const count = (kind: ImportChange['kind']) => changes.filter((change) => change.kind === kind).length;
  const summary = fill(
    strings.messages.importSummary,
    { file, added: count('added'), changed: count('changed'), removed: count('removed') },
    lang,
  );
  const lines = changes.map((change) => {
    const details = change.fields
      .map(({ field, before, after }) => {
        const values = {
          field: strings.fields[field].column,
          before: previewValue(field, before, context),
          after: previewValue(field, after, context),
        };
        return fill(strings.preview.change, values, lang);
      })
      .join(strings.separators.changes);
    const template = details === '' ? strings.preview.item : strings.preview.itemDetails;
    return { activity: change.activity, parts: fillParts(template, { kind: strings.preview.kinds[change.kind], details }, lang) };
  });
  return { same: false, summary, lines };
}
