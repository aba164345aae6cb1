/**
 * Every word of the checklist, in one dictionary per language (English only for now). `{name}`
 * marks a value filled in by `fill` (text) or, in the page's markup, an element (`fillParts`).
 * The type lists every key, so a dictionary that misses one fails the type check. The page's
 * markup reads all of it; the script gets everything but `page`, in `data-config`.
 */
import type { Field, Status } from './fields';

/** The words the script writes about a field (fields.ts describes the field itself). */
export interface FieldWords {
  /** Its column in the exports, the printed sheet, the import preview and the orphan list. */
  column: string;
  /** What an imported file's value must be, after `"<field>": `. */
  rule: string;
}

/** A field on the form. */
export interface FormWords {
  label: string;
  /** The form's message while the value is not valid (fields whose `flagged` is true). */
  invalid?: string;
  placeholder?: string;
}

/** What the script writes: it gets these in `data-config`. */
export interface ScriptStrings {
  statuses: Record<Status, string>;
  fields: Record<Field, FieldWords>;
  /** The sheet's columns before the parties' letters. */
  columns: { phase: string; section: string; activity: string };
  separators: { list: string; details: string; changes: string };
  /** The item's fieldset, for screen readers. */
  legend: string;
  noRole: string;
  lettersNamed: string;
  letterChange: string;
  changes: string;
  overall: string;
  phaseProgress: string;
  filterStatus: string;
  orphanLetters: string;
  orphanSaved: string;
  fieldValue: string;
  remove: string;
  removeLabel: string;
  sheetActivity: string;
  sheetName: string;
  workbookTitle: string;
  legendChecklist: string;
  legendChecklistText: string;
  legendExported: string;
  fileName: string;
  messages: {
    reviewed: string;
    removed: string;
    preparing: string;
    exported: string;
    writerFailed: string;
    readerFailed: string;
    same: string;
    importSummary: string;
    importCancelled: string;
    imported: string;
  };
  /** The import preview, one line per item: `{activity}` is set in bold. */
  preview: {
    kinds: { added: string; changed: string; removed: string };
    item: string;
    itemDetails: string;
    change: string;
    empty: string;
    quoted: string;
  };
  /** Why an imported file is refused; each says that nothing changed. */
  file: {
    notJson: string;
    unreadable: string;
    noObject: string;
    format: string;
    version: string;
    matrix: string;
    party: string;
    items: string;
    itemId: string;
    itemProblem: string;
    duplicate: string;
    otherMatrix: string;
    otherParty: string;
    tooLarge: string;
    seenObject: string;
    seenActivity: string;
    seenMatrixDate: string;
    seenLetters: string;
    updatedObject: string;
    updatedKey: string;
    updatedTime: string;
  };
}

/** Text of the page's markup only, written at build time. */
export interface PageStrings {
  fields: Record<Field, FormWords>;
  title: string;
  description: string;
  intro: string;
  noScript: string;
  xlsx: string;
  csv: string;
  storageNote: string;
  storageProblem: string;
  exportReminder: string;
  exportJson: string;
  exportCsv: string;
  exportXlsx: string;
  print: string;
  importLabel: string;
  previewHeading: string;
  replace: string;
  cancel: string;
  includeOthers: string;
  progress: string;
  summaryCaption: string;
  phaseDone: string;
  show: string;
  allItems: string;
  changedFilter: string;
  orphansHeading: string;
  orphansIntro: string;
  sheetHeading: string;
  sheetIntro: string;
  changedHeading: string;
  markReviewed: string;
}

export interface ChecklistStrings extends ScriptStrings {
  page: PageStrings;
}

const NOTHING_CHANGED = 'Nothing was changed.';

export const checklistStrings: ChecklistStrings = {
  statuses: { todo: 'To do', 'in-progress': 'In progress', done: 'Done', 'not-applicable': 'Not applicable' },
  fields: {
    status: { column: 'Status', rule: 'must be one of "todo", "in-progress", "done", "not-applicable"' },
    owner: { column: 'Owner', rule: 'must be text' },
    due: { column: 'Due date', rule: 'must be a date written YYYY-MM-DD, or ""' },
    note: { column: 'Note', rule: 'must be text' },
    evidence: { column: 'Evidence', rule: 'must be a link starting with http:// or https://, or ""' },
  },
  columns: { phase: 'Phase', section: 'Section', activity: 'Activity' },
  separators: { list: ', ', details: ' · ', changes: '; ' },
  legend: 'Tracking of “{activity}”',
  noRole: 'no role',
  lettersNamed: '{letters} ({names})',
  letterChange: '{party} was {before}, now {after}',
  changes: '{changes}.',
  overall: '{done} of {of} items done ({notApplicable} not applicable): {todo} to do, {inProgress} in progress.',
  phaseProgress: '{done} of {of}',
  filterStatus: 'Showing {shown} of {listed} items.',
  orphanLetters: '{party} {letters}',
  orphanSaved: 'Saved against the matrix of {date} ({letters}).',
  fieldValue: '{field}: {value}',
  remove: 'Remove',
  removeLabel: 'Remove “{activity}”',
  sheetActivity: '{section}: {activity}',
  sheetName: '{party} checklist',
  workbookTitle: "{party}'s checklist: {title}",
  legendChecklist: 'Checklist',
  legendChecklistText: '{party}: the activities in which {party} is Responsible or Accountable, and those added',
  legendExported: 'Exported',
  fileName: '{party}-checklist-{matrixDate}-exported-{date}.{extension}',
  messages: {
    reviewed: 'Marked “{activity}” as reviewed.',
    removed: 'Removed “{activity}” from your checklist.',
    preparing: 'Preparing {file}…',
    exported: 'Exported {file}.',
    writerFailed: 'The {format} writer could not be loaded: check your connection and try again. Export JSON works offline.',
    readerFailed: `The file reader could not be loaded: check your connection and try again. ${NOTHING_CHANGED}`,
    same: '{file} holds the same checklist as this page: nothing to import.',
    importSummary:
      "{file}: {added} items added, {changed} changed, {removed} cleared (saved here but not in the file). Importing replaces your checklist with the file's.",
    importCancelled: 'Import cancelled: nothing was changed.',
    imported: 'Imported {count} items.',
  },
  preview: {
    kinds: { added: 'added', changed: 'changed', removed: 'cleared' },
    item: '{activity} {kind}',
    itemDetails: '{activity} {kind}: {details}',
    change: '{field}: {before} → {after}',
    empty: '(empty)',
    quoted: '"{value}"',
  },
  file: {
    notJson: `This file is not JSON, so it is not a checklist export. ${NOTHING_CHANGED}`,
    unreadable: `This file is not a checklist export this page can read: {problem}. ${NOTHING_CHANGED}`,
    noObject: 'it holds no object',
    format: 'its "format" is not "{format}"',
    version: 'it is written in version {found} of the format; this page reads version {version}',
    matrix: '"matrix" must give the matrix\'s title and sourceUrl',
    party: '"party" must give the party\'s id and name',
    items: '"items" must be a list',
    itemId: 'items[{index}] must have the "id" of an activity',
    itemProblem: 'items[{index}] ({id}) {problem}',
    duplicate: 'items[{index}]: "{id}" appears twice',
    otherMatrix: `This file is a checklist of another matrix ("{title}", {sourceUrl}), not of "{expected}". ${NOTHING_CHANGED}`,
    otherParty: `This file is {party}'s checklist, and this page is {expected}'s: import it on {party}'s checklist page. ${NOTHING_CHANGED}`,
    tooLarge: `This file is {size} MB, over the 1 MB a checklist export can be: it is not one. ${NOTHING_CHANGED}`,
    seenObject: '"seen" must be an object',
    seenActivity: '"seen.activity" must be text',
    seenMatrixDate: '"seen.matrixDate" must be a date written YYYY-MM-DD',
    seenLetters: '"seen.letters" must give each party its letters (R, A, C, I)',
    updatedObject: '"updated" must be an object',
    updatedKey: '"updated.{key}" is not a field',
    updatedTime: '"updated.{key}" must be a time in milliseconds',
  },
  page: {
    fields: {
      status: { label: 'Status' },
      owner: { label: 'Owner' },
      due: { label: 'Due date' },
      note: { label: 'Note' },
      evidence: {
        label: 'Evidence link',
        invalid: 'Enter a link that starts with http:// or https://. It is not saved until then.',
        placeholder: 'https://…',
      },
    },
    title: "{party}'s checklist",
    description:
      'The {count} activities in which {party} is Responsible or Accountable, as a checklist to track with status, owner, due date, note and evidence.',
    intro:
      '{count} activities in which {party} is Responsible or Accountable (R or A). Give each a status, an owner, a due date, a note and a link to its evidence, and hand the result to management or to your auditor.',
    noScript:
      "Tracking needs JavaScript, which is off in this browser: this page lists the activities, with their letters and links to the matrix. To track them in a spreadsheet instead, download {party}'s activities (every activity in which {party} holds a role): {xlsx} · {csv}.",
    xlsx: 'XLSX',
    csv: 'CSV',
    storageNote:
      'Your checklist is kept in this browser only (its local storage), for this matrix and party; nothing is sent anywhere. Export it as JSON to keep a copy, move it to another browser or share it.',
    storageProblem:
      'This browser does not let the page save your checklist (private browsing, storage turned off, or full). You can use it now, but your changes last only while this page is open: export them as JSON to keep them.',
    exportReminder: 'You have changes that are not in a JSON export yet. Export JSON to keep a copy outside this browser.',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    exportXlsx: 'Export XLSX',
    print: 'Print evidence sheet',
    importLabel: 'Import a JSON export',
    previewHeading: 'Replace your checklist with this file?',
    replace: 'Replace my checklist',
    cancel: 'Cancel',
    includeOthers: 'Also list the {count} activities in which {party} is only Consulted or Informed (C or I)',
    progress: 'Progress',
    summaryCaption: 'Items per phase and status',
    phaseDone: 'Done in {phase}',
    show: 'Show',
    allItems: 'All items',
    changedFilter: 'Changed since you reviewed them',
    orphansHeading: 'No longer in the matrix',
    orphansIntro:
      'You saved these items, but this version of the matrix no longer lists them for {party}. Your work on them is kept here, and in JSON exports, until you remove it.',
    sheetHeading: "Evidence sheet: {party}'s checklist",
    sheetIntro: '{title}. Matrix last updated {date}. Printed {printed}.',
    changedHeading: 'Changed since you reviewed it:',
    markReviewed: 'Mark as reviewed',
  },
};

/** The words the script writes and the page's language (BCP 47): what every function that writes words needs. */
export interface Words {
  strings: ScriptStrings;
  lang: string;
}

/** The dictionary without the page's own text: what the script needs. */
export function scriptStrings({ page: _page, ...script }: ChecklistStrings): ScriptStrings {
  return script;
}

/** Values of a template's `{name}`s: numbers are written in the page's language. */
export type Values = Record<string, string | number>;

/** A template cut at its `{name}`s: text, and the names of the values to put between. */
export type Part = string | { name: string };

export function templateParts(template: string): Part[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : part));
}

/**
 * Counts are small (a checklist has at most a few hundred items): written without grouping, as
 * the page always wrote them, in the digits of the page's language.
 */
const countFormat = (lang: string) => new Intl.NumberFormat(lang, { useGrouping: false });

export function formatCount(count: number, lang: string): string {
  return countFormat(lang).format(count);
}

/** The template's parts with the values given; the names without one stay parts (elements, in the markup). */
export function fillParts(template: string, values: Values, lang: string): Part[] {
  const format = countFormat(lang);
  return templateParts(template).map((part) => {
    const value = typeof part === 'string' ? undefined : values[part.name];
    if (value === undefined) return part;
    return typeof value === 'number' ? format.format(value) : value;
  });
}

/**
 * The template with its values: `fill('Showing {shown} of {listed} items.', { shown: 2, listed: 44 }, 'en')`.
 * A name without a value stays as it is written, so a slip shows on the page rather than vanishing.
 */
export function fill(template: string, values: Values, lang: string): string {
  return fillParts(template, values, lang)
    .map((part) => (typeof part === 'string' ? part : `{${part.name}}`))
    .join('');
}
