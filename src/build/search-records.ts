/** The search index's records of the activities, written at build time (src/integrations/pagefind.ts). */
import { lettersOf, listActivities, sectionTrail } from '../core/query';
import type { Matrix } from '../core/schema';
import { fill } from '../i18n/format';
import { dictionary, localizedPath } from '../i18n/index';
import { numberedTitle, roleLabel } from '../shared/labels';
import { routes, withBase } from '../shared/routes';
import {
  ACTIVITY_KIND,
  type ActivityRecord,
  BREADCRUMB_SEPARATOR,
  type PartyLetters,
  PHASE_FILTER,
  SECTION_FILTER,
  separateElisions,
} from '../shared/search-record';

/**
 * One search record per activity of an edition, in its language: it links to the activity's row
 * on that edition's full matrix page (`/fr/#…` for French), is titled with the activity's words,
 * and carries phase, section and every party's roles as words (so "accountable" or "informed"
 * find it) and as filters. Pagefind indexes it with the edition's language (stemming, its own index).
 */
export function activityRecords(matrix: Matrix, base: string): ActivityRecord[] {
  const { parties, roles, lang } = matrix.meta;
  const words = dictionary(lang).search.records;
  const page = withBase(base, localizedPath(routes.matrix(), lang));
  return listActivities(matrix.phases).map(({ phase, section, activity }) => {
    const phaseLabel = numberedTitle(phase.number, phase.title);
    const sectionLabel = numberedTitle(section.number, section.title);
    const trail = sectionTrail(phase, section).map((s) => numberedTitle(s.number, s.title));
    const breadcrumb = [phaseLabel, ...trail].join(BREADCRUMB_SEPARATOR);
    const cells: PartyLetters[] = parties.map((party) => {
      const letters = lettersOf(activity, party);
      return { party: party.name, letters: letters.join(''), label: roleLabel(letters, roles, words.noRoleFilter) };
    });
    const roleSentence = cells
      .map((cell) => fill(words.partyRoles, { party: cell.party, roles: cell.letters ? cell.label : words.noRole }))
      .join(' ');
    const filters: Record<string, string[]> = { [PHASE_FILTER]: [phaseLabel], [SECTION_FILTER]: [sectionLabel] };
    for (const party of parties) {
      const letters = lettersOf(activity, party);
      filters[party.name] = letters.length ? letters.map((letter) => roleLabel([letter], roles, words.noRoleFilter)) : [words.noRoleFilter];
    }
    return {
      url: `${page}#${activity.id}`,
      content: separateElisions(`${activity.text}. ${breadcrumb}. ${roleSentence}`, lang),
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
