import { lettersOf, listActivities, sectionTrail } from '../../core/query';
import type { Matrix } from '../../core/schema';
import { numberedTitle, roleLabel } from '../../site/labels';
import { routes, withBase } from '../../site/paths';

/** Filter name of the phase facet; one filter per party is named after the party. */
export const PHASE_FILTER = 'phase';
export const SECTION_FILTER = 'section';
/** Filter value for a party with an empty cell. */
export const NO_ROLE = 'No role';
/** `meta.kind` of the activity records, so the client can tell them from page results. */
export const ACTIVITY_KIND = 'activity';
/** Separator of the breadcrumb stored in `meta.breadcrumb`. */
export const BREADCRUMB_SEPARATOR = ' › ';

/** One party's cell, as stored (JSON) in `meta.letters` for the results to draw badges from. */
export interface PartyLetters {
  party: string;
  /** Letters in the order written, e.g. `RA`; empty for no role. */
  letters: string;
  /** Spoken form: "Responsible, Accountable", or "No role". */
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

/**
 * One search record per activity: it links to the activity's row on the full matrix page, is
 * titled with the activity's words, and carries phase, section and every party's roles as words
 * (so "accountable" or "informed" find it) and as filters.
 */
export function activityRecords(matrix: Matrix, base: string): ActivityRecord[] {
  const { parties, roles, lang } = matrix.meta;
  const page = withBase(base, routes.matrix());
  return listActivities(matrix.phases).map(({ phase, section, activity }) => {
    const phaseLabel = numberedTitle(phase.number, phase.title);
    const sectionLabel = numberedTitle(section.number, section.title);
    const trail = sectionTrail(phase, section).map((s) => numberedTitle(s.number, s.title));
    const breadcrumb = [phaseLabel, ...trail].join(BREADCRUMB_SEPARATOR);
    const cells: PartyLetters[] = parties.map((party) => {
      const letters = lettersOf(activity, party);
      return { party: party.name, letters: letters.join(''), label: roleLabel(letters, roles) };
    });
    const roleSentence = cells.map((cell) => `${cell.party}: ${cell.letters ? cell.label : 'no role'}.`).join(' ');
    const filters: Record<string, string[]> = { [PHASE_FILTER]: [phaseLabel], [SECTION_FILTER]: [sectionLabel] };
    for (const party of parties) {
      const letters = lettersOf(activity, party);
      filters[party.name] = letters.length ? letters.map((letter) => roleLabel([letter], roles)) : [NO_ROLE];
    }
    return {
      url: `${page}#${activity.id}`,
      content: `${activity.text}. ${breadcrumb}. ${roleSentence}`,
      language: lang,
      meta: {
        title: activity.text,
        kind: ACTIVITY_KIND,
        breadcrumb,
        phase: phaseLabel,
        section: sectionLabel,
        letters: JSON.stringify(cells),
      },
      filters,
    };
  });
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
