/**
 * The checklist's words at work: the dictionaries (src/i18n/en.ts, fr.ts) hold them, as their
 * `checklist` namespace typed by src/i18n/checklist.ts. The page's markup reads all of it and
 * hands its script everything but `page`, with the sheets' shared words (`exports.sheet`), in
 * its config (a JSON block): the script never bundles a dictionary. `{name}` marks a value filled in by
 * `fill` (text) or, in the page's markup, an element (`fillParts`).
 */
import type { ChecklistScriptWords, ChecklistWords } from '../../i18n/checklist';
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
