/**
 * The checklist's words at work: the dictionaries (src/i18n/en.ts, fr.ts) hold them, as their
 * `checklist` namespace typed by src/i18n/checklist.ts. The page's markup reads all of it and
 * hands its script everything but `page`, with the sheets' shared words (`exports.sheet`), in
 * its config (a JSON block): the script never bundles a dictionary. `{name}` marks a value filled in by
 * `fill` (text) or, in the page's markup, an element (`fillParts`).
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

/** The words the script writes and the page's language (BCP 47): what every function that writes words needs. */
export interface Words {
  strings: ScriptStrings;
  lang: string;
}

/** The checklist's words without the page's own text, with the sheets' words: what the script needs. */
export function scriptStrings({ page: _page, ...script }: ChecklistStrings, sheet: SheetWords): ScriptStrings {
  return { ...script, sheet };
}

/** Values of a template's `{name}`s: numbers are written in the page's language. */
export type Values = Record<string, string | number>;

/** A template cut at its `{name}`s: text, and the names of the values to put between. */
export type Part = MessagePart;

/**
 * Counts are small (a checklist has at most a few hundred items): written without grouping, as
 * the page always wrote them, in the digits of the page's language.
 */
export function formatCount(count: number, lang: string): string {
  return new Intl.NumberFormat(lang, { useGrouping: false }).format(count);
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
