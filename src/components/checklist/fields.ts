/**
 * What the reader fills in on each item, described once: the form control, the validation, the
 * column of the exports and of the printed sheet. The form (Checklist.astro), the record checks
 * (record.ts, checklist-file-reader.ts), the files and the sheets (checklist-file.ts,
 * checklist-sheet.ts) all read this table; the words of each field are in the dictionary
 * (`fields` in strings.ts). Pure: no DOM.
 */
import type { ChecklistField, ChecklistStatus } from '../../i18n/checklist';
import type { SheetCell } from '../../shared/sheets';

export const STATUSES = ['todo', 'in-progress', 'done', 'not-applicable'] as const satisfies readonly ChecklistStatus[];
export type Status = (typeof STATUSES)[number];

/** The fields in the order of the record, of the export columns and of the printed sheet. */
export const FIELD_NAMES = ['status', 'owner', 'due', 'note', 'evidence'] as const satisfies readonly ChecklistField[];
export type Field = (typeof FIELD_NAMES)[number];

/** The dictionaries name every status and field of this table, no more and no fewer (src/i18n/checklist.ts). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type WordsMatchTable = [Holds<Same<Status, ChecklistStatus>>, Holds<Same<Field, ChecklistField>>];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date written YYYY-MM-DD. */
export const isDate = (value: string): boolean => DATE.test(value);

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

export function isField(name: string): name is Field {
  return (FIELD_NAMES as readonly string[]).includes(name);
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

/** The form control of a field (Checklist.astro renders it). */
export type FieldControl =
  | { element: 'select'; options: readonly Status[] }
  | { element: 'input'; type: 'text' | 'date' | 'url'; autocomplete?: 'off' }
  | { element: 'textarea'; rows: number };

export interface FieldSpec {
  control: FieldControl;
  /** Classes of the field's label in the item's grid (checklist.css). */
  layout: string;
  /**
   * The form shows the field's `invalid` message while its value is not valid (the control itself
   * cannot prevent it, as a select or a date input does); the value is saved once it is valid.
   */
  flagged: boolean;
  /** Whether `value` is acceptable: the empty string clears every field but the status. */
  valid: (value: string) => boolean;
  /** How the exports, the printed sheet and the import preview show a value. */
  shown: 'status' | 'text' | 'link';
  /** Its column in the XLSX export: width in characters, long text wrapped. */
  column: { width: number; wrap?: boolean };
}

const text = { valid: () => true, shown: 'text', flagged: false } as const;

export const FIELDS: Record<Field, FieldSpec> = {
  status: {
    control: { element: 'select', options: STATUSES },
    layout: '',
    flagged: false,
    valid: isStatus,
    shown: 'status',
    column: { width: 16 },
  },
  owner: { ...text, control: { element: 'input', type: 'text', autocomplete: 'off' }, layout: '', column: { width: 20 } },
  due: {
    ...text,
    control: { element: 'input', type: 'date' },
    layout: '',
    valid: (value) => value === '' || isDate(value),
    column: { width: 12 },
  },
  note: { ...text, control: { element: 'textarea', rows: 2 }, layout: 'field-wide', column: { width: 50, wrap: true } },
  evidence: {
    control: { element: 'input', type: 'url' },
    layout: 'field-wide field-evidence',
    flagged: true,
    valid: (value) => value === '' || isEvidenceLink(value),
    shown: 'link',
    column: { width: 40 },
  },
};

/** The order of the fields in the form, which keyboard users tab through: the note, the longest, last. */
export const FORM_ORDER: readonly Field[] = ['status', 'owner', 'due', 'evidence', 'note'];

/** Whether `value` is acceptable for `field`. */
export function isValidField(field: Field, value: string): boolean {
  return FIELDS[field].valid(value);
}

/** A field's value as a sheet cell: the status by its name, a link as a link, text as it is. */
export function fieldCell(field: Field, value: string, statusNames: Record<Status, string>): SheetCell {
  const { shown } = FIELDS[field];
  if (shown === 'status') return statusNames[value as Status];
  if (shown === 'link' && value !== '') return { text: value, url: value };
  return value;
}
