/**
 * The checklist's words at work: the dictionaries (src/i18n/en.ts, fr.ts) hold them, as their
 * `checklist` namespace typed by src/i18n/checklist.ts. The page's markup reads all of it and
 * hands its script everything but `page`, with the sheets' shared words (`exports.sheet`): the
 * words it writes on the page in its config (a JSON block), and the words only an import or a
 * spreadsheet writes in a file of their own, fetched with that code (`/checklist-words.json`).
 * The script never bundles a dictionary. `{name}` marks a value filled in by `fill` (text) or, in
 * the page's markup, an element (`fillParts`).
 */
import type { ChecklistScriptWords, ChecklistWords } from '../../i18n/checklist';
import { fill as fillMessage, fillParts as fillMessageParts, type MessagePart } from '../../i18n/format';
import type { SheetWords } from '../../shared/sheets';

export type { ChecklistPageWords as PageStrings, FieldWords, FormWords } from '../../i18n/checklist';
export type ChecklistStrings = ChecklistWords;

/** What the script writes: the checklist's words but the page's own, and the sheets' (legend, link column). */
export interface ScriptStrings extends ChecklistScriptWords {
  sheet: SheetWords;
}

/**
 * The words only an import (why a file is refused, the preview) or a spreadsheet export (its
 * sheets and legend) writes. They load when the reader imports or exports, not with the page.
 */
export const LATER_WORDS = [
  'file',
  'preview',
  'sheet',
  'sheetName',
  'workbookTitle',
  'legendChecklist',
  'legendChecklistText',
  'legendExported',
] as const;

export type LaterWords = Pick<ScriptStrings, (typeof LATER_WORDS)[number]>;
/** The words the page writes as it runs: what its config holds. */
export type PageScriptStrings = Omit<ScriptStrings, (typeof LATER_WORDS)[number]>;

/** The words the script writes and the page's language (BCP 47): what every function that writes words needs. */
export interface Words<Strings = ScriptStrings> {
  strings: Strings;
  lang: string;
}

/** The words the page writes as it runs, and its language. */
export type PageWords = Words<PageScriptStrings>;

/** The checklist's words without the page's own text, with the sheets' words: what the script needs. */
export function scriptStrings({ page: _page, ...script }: ChecklistStrings, sheet: SheetWords): ScriptStrings {
  return { ...script, sheet };
}

/** The script's words, split into those its config holds and those that load later. */
export function splitScriptStrings(strings: ScriptStrings): { page: PageScriptStrings; later: LaterWords } {
  const later = Object.fromEntries(LATER_WORDS.map((key) => [key, strings[key]])) as LaterWords;
  const page = Object.fromEntries(Object.entries(strings).filter(([key]) => !(LATER_WORDS as readonly string[]).includes(key)));
  return { page: page as PageScriptStrings, later };
}

/** Values of a template's `{name}`s: numbers are written in the page's language. */
export type Values = Record<string, string | number>;

/** A template cut at its `{name}`s: text, and the names of the values to put between. */
export type Part = MessagePart;

/**
 * Each language's ten digits, 0 to 9. The page brings its own (`digits` in its config, written by
 * the build): a page's first `Intl` number formatter loads the browser's locale data, a long task
 * on a phone when the checklist starts (docs/benchmark.md).
 */
const digitsByLang = new Map<string, readonly string[]>();

/** The digits `lang` writes numbers with, 0 to 9, as `Intl` gives them: `0123456789` in English and French. */
export function languageDigits(lang: string): string {
  const format = new Intl.NumberFormat(lang, { useGrouping: false });
  return Array.from({ length: 10 }, (_, digit) => format.format(digit)).join('');
}

/** Counts in `lang` are written with `digits` (ten of them, 0 to 9) from now on. */
export function useDigits(lang: string, digits: string): void {
  const list = Array.from(digits);
  if (list.length === 10) digitsByLang.set(lang, list);
}

function digitsOf(lang: string): readonly string[] {
  let digits = digitsByLang.get(lang);
  if (!digits) {
    digits = Array.from(languageDigits(lang));
    digitsByLang.set(lang, digits);
  }
  return digits;
}

/**
 * Counts are small (a checklist has at most a few hundred items): written without grouping, as
 * the page always wrote them, in the digits of the page's language.
 */
export function formatCount(count: number, lang: string): string {
  const digits = digitsOf(lang);
  return String(count).replace(/\d/g, (digit) => digits[Number(digit)] ?? digit);
}

/** The values with their numbers written as counts in `lang`. */
const written = (values: Values, lang: string) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? formatCount(value, lang) : value]));

/** The template's parts with the values given (src/i18n/format.ts); the names without one stay parts (elements, in the markup). */
export function fillParts(template: string, values: Values, lang: string): Part[] {
  return fillMessageParts(template, written(values, lang));
}

/**
 * The template with its values: `fill('Showing {shown} of {listed} items.', { shown: 2, listed: 44 }, 'en')`.
 * A name without a value stays as it is written, so a slip shows on the page rather than vanishing.
 */
export function fill(template: string, values: Values, lang: string): string {
  return fillMessage(template, written(values, lang));
}
