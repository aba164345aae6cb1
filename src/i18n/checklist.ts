/**
 * The shape of the checklist's words (the `checklist` namespace of each dictionary, en.ts and
 * fr.ts). `{name}` marks a value filled in by the checklist's `fill` (text) or, in the page's
 * markup, an element (`fillParts`). The page's markup reads all of it; its script gets everything
 * but `page`, in its config (src/components/checklist/strings.ts).
 */

/** A checklist item's status, as the field table names it (src/components/checklist/fields.ts). */
export type ChecklistStatus = 'todo' | 'in-progress' | 'done' | 'not-applicable';
/** A field of a checklist item, as the field table names it. */
export type ChecklistField = 'status' | 'owner' | 'due' | 'note' | 'evidence';

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

/** What the script writes: it gets these in its config. */
export interface ChecklistScriptWords {
  statuses: Record<ChecklistStatus, string>;
  fields: Record<ChecklistField, FieldWords>;
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
export interface ChecklistPageWords {
  fields: Record<ChecklistField, FormWords>;
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

/** The `checklist` namespace of a dictionary. */
export interface ChecklistWords extends ChecklistScriptWords {
  page: ChecklistPageWords;
}
