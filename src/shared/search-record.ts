/**
 * The search records' format, shared by the build that writes them (src/build/search-records.ts)
 * and the browser code that reads them (src/components/search/).
 */
/** Filter name of the phase facet; one filter per party is named after the party. */
export const PHASE_FILTER = 'phase';
export const SECTION_FILTER = 'section';
/** `meta.kind` of the activity records, so the client can tell them from page results. */
export const ACTIVITY_KIND = 'activity';
/** Separator of the breadcrumb stored in `meta.breadcrumb`. */
export const BREADCRUMB_SEPARATOR = ' › ';

/**
 * Elided words of a language (French `l’`, `d’`, `qu’`…), which its writing joins to the next word
 * with an apostrophe: Pagefind would index `l’hyperviseur` as one word, which a search for
 * `hyperviseur` never finds.
 */
const ELISIONS: Readonly<Record<string, RegExp>> = {
  fr: /(?<![\p{L}\p{N}])(c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu|quoiqu)(['’])(?=\p{L})/giu,
};

/**
 * `text` with a space after each elided word of `lang` (`l’hyperviseur` → `l’ hyperviseur`), so that
 * the word itself is indexed and searched for: applied to the records' text and to the reader's query.
 * Text of a language without elisions is returned as it is.
 */
export function separateElisions(text: string, lang: string): string {
  const pattern = ELISIONS[lang.toLowerCase().split('-')[0] ?? ''];
  return pattern ? text.replace(pattern, '$1$2 ') : text;
}

/** One party's cell, as stored (JSON) in `meta.letters` for the results to draw badges from. */
export interface PartyLetters {
  party: string;
  /** Letters in the order written, e.g. `RA`; empty for no role. */
  letters: string;
  /** Spoken form, in the edition's language: "Responsible, Accountable", or "No role". */
  label: string;
}

/** Mirrors Pagefind's `CustomRecord`, without importing Pagefind into pure code. */
export interface ActivityRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Reads `meta.letters` back; anything malformed yields an empty list rather than an exception. */
export function parsePartyLetters(json: string | undefined): PartyLetters[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (cell): cell is PartyLetters =>
        typeof cell === 'object' &&
        cell !== null &&
        typeof cell.party === 'string' &&
        typeof cell.letters === 'string' &&
        typeof cell.label === 'string',
    );
  } catch {
    return [];
  }
}
