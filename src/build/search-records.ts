/** The search index's records of the activities, written at build time (src/integrations/pagefind.ts). */
import { lettersOf, listActivities, sectionTrail } from '../core/query';
import type { Matrix } from '../core/schema';
import { numberedTitle, roleLabel } from '../shared/labels';
import { routes, withBase } from '../shared/routes';
import {
  ACTIVITY_KIND,
  type ActivityRecord,
  BREADCRUMB_SEPARATOR,
  NO_ROLE,
  type PartyLetters,
  PHASE_FILTER,
  SECTION_FILTER,
} from '../shared/search-record';

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
