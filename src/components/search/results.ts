import { fill, plural } from '../../i18n/format';
import type { Dictionary } from '../../i18n/index';
import { ACTIVITY_KIND } from '../../shared/search-record';

/** The words the results are drawn with, in the page's language: the search box's `data-words` (a dictionary's `search.results`). */
export type SearchWords = Dictionary['search']['results'];

/** The status line after a search for `query` (trimmed; '' for filters alone): "No result for “x”.", "3 results." */
export function statusText(count: number, query: string, words: SearchWords, lang: string): string {
  const values = { for: query ? fill(words.for, { query }) : '' };
  return count === 0 ? fill(words.none, values) : plural(lang, count, words.count, values);
}

/** A run of excerpt text, marked when it is a matched word. */
export interface TextPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    const code =
      name.startsWith('#x') || name.startsWith('#X')
        ? Number.parseInt(name.slice(2), 16)
        : name.startsWith('#')
          ? Number(name.slice(1))
          : Number.NaN;
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched words) into text runs, so
 * results are drawn with text nodes and never with `innerHTML`. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (raw: string, marked: boolean) => {
    const text = decodeEntities(raw.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, marked });
  };
  for (const match of excerpt.matchAll(pattern)) {
    push(excerpt.slice(last, match.index), false);
    push(match[1] ?? '', true);
    last = match.index + match[0].length;
  }
  push(excerpt.slice(last), false);
  return parts;
}

/**
 * The words an excerpt marks, lower-cased and without the punctuation Pagefind keeps around them
 * (`<mark>hypervisor.</mark>`), to highlight the same words elsewhere (titles, breadcrumbs).
 */
export function markedWords(parts: readonly TextPart[]): string[] {
  const words = parts.filter((p) => p.marked).map((p) => p.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase());
  return [...new Set(words)].filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks every whole-word, case-insensitive occurrence of `words` in `text`. */
export function highlightWords(text: string, words: readonly string[]): TextPart[] {
  if (words.length === 0) return text ? [{ text, marked: false }] : [];
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}

/**
 * Where a result links to. Pagefind prefixes every stored URL with its base URL (the folder above
 * `pagefind/`, i.e. the site's base). Pages indexed from the build folder are stored relative to the
 * site root, so Pagefind's `url` is right for them; activity records are stored with their full
 * path (base included, e.g. `/raci/#activity-…`), so their `raw_url` is used as it is.
 */
export function resultHref(result: { url: string; raw_url?: string | undefined; meta?: Record<string, string> | undefined }): string {
  return result.meta?.['kind'] === ACTIVITY_KIND ? (result.raw_url ?? result.url) : result.url;
}

/** Activities first (they are what readers look for), each group in Pagefind's order. */
export function activitiesFirst<T extends { kind: string | undefined }>(results: readonly T[]): T[] {
  return [...results.filter((r) => r.kind === ACTIVITY_KIND), ...results.filter((r) => r.kind !== ACTIVITY_KIND)];
}
