/**
 * Filling and choosing messages of a dictionary (src/i18n/en.ts): pure, tiny and free of any
 * dictionary, so browser code that receives its strings from the page can use it too.
 */

/** A message that depends on a count: one form per plural category of the language (Intl.PluralRules). */
export interface Plural {
  one: string;
  other: string;
}

/** `fill('{count} of {total}', { count: 3, total: 44 })` → "3 of 44"; an unknown name stays as written. */
export function fill(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{(\w+)\}/g, (written, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : written));
}

/** The form of `forms` for `count` in `lang` ("1 activity", "2 activities"; French "0 activité"), filled with the count and `values`. */
export function plural(lang: string, count: number, forms: Plural, values: Readonly<Record<string, string | number>> = {}): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { count: new Intl.NumberFormat(lang).format(count), ...values });
}

/** "1 September 2026" (`long`) or "1 Sep 2026" (`short`) in `lang`; the date is a UTC day written YYYY-MM-DD. */
export function formatDate(lang: string, date: string, month: 'long' | 'short' = 'long'): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang, { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' });
}

/** "a, b or c" in `lang`'s own words and punctuation. */
export function formatList(lang: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

/** A message cut at its `{name}`s: text, and the names of the values (elements, in the markup) to put between. */
export type MessagePart = string | { name: string };

/**
 * The message with the `values` given filled in, cut at the names left: the page's markup puts an
 * element in each (`fillParts('See {link}.', {})` → `['See ', { name: 'link' }, '.']`), so a
 * sentence holding a link is written whole in the dictionary.
 */
export function fillParts(message: string, values: Readonly<Record<string, string | number>> = {}): MessagePart[] {
  const parts: MessagePart[] = [];
  for (const piece of message.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const part = name === undefined ? piece : Object.hasOwn(values, name) ? String(values[name]) : { name };
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  }
  return parts;
}

/** A number in `lang`'s digits and grouping: "1,234", French "1 234". */
export function formatNumber(lang: string, value: number): string {
  return new Intl.NumberFormat(lang).format(value);
}
