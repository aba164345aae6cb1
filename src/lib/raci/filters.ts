import { type ActivityInContext, listActivities } from './query';
import { isRoleLetter, type Party, type Phase, ROLE_LETTERS, type RoleLetter } from './types';

/** A role to filter on: one of the letters, or `none` for "no role" (matrix only). */
export type RoleFilter = RoleLetter | 'none';
export const ROLE_FILTERS: readonly RoleFilter[] = [...ROLE_LETTERS, 'none'];

export interface FilterState {
  /** Party id the roles apply to; undefined on pages that are about one party already. */
  party: string | undefined;
  /** Selected roles; empty means "any role". Kept in canonical R, A, C, I, none order. */
  roles: RoleFilter[];
}

const isRoleFilter = (value: string): value is RoleFilter => value === 'none' || isRoleLetter(value);

/** Reads `?party=customer&role=R&role=A`; unknown or repeated values are ignored, not errors. */
export function parseFilterQuery(search: string, partyIds: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const party = params.get('party') ?? undefined;
  const requested = new Set(params.getAll('role').filter(isRoleFilter));
  return {
    party: party && partyIds.includes(party) ? party : undefined,
    roles: ROLE_FILTERS.filter((role) => requested.has(role)),
  };
}

/** Writes the state back as a query string ("" when nothing is filtered), in a stable order. */
export function serializeFilterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.party && state.roles.length > 0) params.set('party', state.party);
  for (const role of ROLE_FILTERS) if (state.roles.includes(role)) params.append('role', role);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a party's letters pass the filter: any selected role matches (union); none selected passes all. */
export function matchesRoles(letters: readonly RoleLetter[], selected: readonly RoleFilter[]): boolean {
  if (selected.length === 0) return true;
  return selected.some((role) => (role === 'none' ? letters.length === 0 : letters.includes(role)));
}

export type RoleCounts = Record<RoleFilter, number>;

export function emptyCounts(): RoleCounts {
  return { R: 0, A: 0, C: 0, I: 0, none: 0 };
}

/** How many activities give the party each letter (an "RA" cell counts once for R and once for A). */
export function countRoles(activities: readonly ActivityInContext[], partyId: string): RoleCounts {
  const counts = emptyCounts();
  for (const { activity } of activities) {
    const letters = activity.roles[partyId] ?? [];
    if (letters.length === 0) counts.none++;
    for (const letter of letters) counts[letter]++;
  }
  return counts;
}

/**
 * The phases reduced to the activities where the party holds a letter matching `roles` (any letter
 * when empty), keeping the enclosing sections so numbers and titles still read as in the source.
 */
export function phasesForParty(phases: readonly Phase[], party: Party, roles: readonly RoleFilter[] = []): Phase[] {
  const keep = (letters: readonly RoleLetter[]) => letters.length > 0 && matchesRoles(letters, roles);
  return phases
    .map((phase) => {
      const sections = phase.sections.map((section) => ({
        ...section,
        activities: section.activities.filter((activity) => keep(activity.roles[party.id] ?? [])),
      }));
      const needed = new Set<string>();
      for (const section of sections) {
        if (section.activities.length === 0) continue;
        for (let number: string | null = section.number; number; number = sections.find((s) => s.number === number)?.parent ?? null) {
          needed.add(number);
        }
      }
      return { ...phase, sections: sections.filter((section) => needed.has(section.number)) };
    })
    .filter((phase) => phase.sections.length > 0);
}

/** Per phase, per party, how many activities carry each letter: the data behind the overview chart. */
export interface PhaseOverview {
  phase: Phase;
  counts: Record<string, RoleCounts>;
}

export function phaseOverview(phases: readonly Phase[], parties: readonly Party[]): PhaseOverview[] {
  return phases.map((phase) => {
    const activities = listActivities([phase]);
    return { phase, counts: Object.fromEntries(parties.map((party) => [party.id, countRoles(activities, party.id)])) };
  });
}
