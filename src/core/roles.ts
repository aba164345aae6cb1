import { isRoleLetter, ROLE_LETTERS, type RoleLetter } from './letters.ts';
import { type ActivityInContext, lettersOf, listActivities } from './query.ts';
import type { Party, Phase } from './schema.ts';

/** A role a reader can ask about: one of the letters, or `none` for "no role". */
export type RoleChoice = RoleLetter | 'none';
export const ROLE_CHOICES: readonly RoleChoice[] = [...ROLE_LETTERS, 'none'];

export function isRoleChoice(value: string): value is RoleChoice {
  return value === 'none' || isRoleLetter(value);
}

/** The letters written in a cell or attribute (`"RA"` → R, A); anything else is ignored. */
export function parseLetters(text: string | null | undefined): RoleLetter[] {
  return [...(text ?? '')].filter(isRoleLetter);
}

/** Whether a party's letters pass the filter: any selected role matches (union); none selected passes all. */
export function matchesRoles(letters: readonly RoleLetter[], selected: readonly RoleChoice[]): boolean {
  if (selected.length === 0) return true;
  return selected.some((role) => (role === 'none' ? letters.length === 0 : letters.includes(role)));
}

export type RoleCounts = Record<RoleChoice, number>;

export function emptyCounts(): RoleCounts {
  return { R: 0, A: 0, C: 0, I: 0, none: 0 };
}

/** How many activities give the party each letter (an "RA" cell counts once for R and once for A). */
export function countRoles(activities: readonly ActivityInContext[], partyId: string): RoleCounts {
  const counts = emptyCounts();
  for (const { activity } of activities) {
    const letters = lettersOf(activity, { id: partyId });
    if (letters.length === 0) counts.none++;
    for (const letter of letters) counts[letter]++;
  }
  return counts;
}

/**
 * The phases reduced to the activities where the party holds a letter matching `roles` (any letter
 * when empty), keeping the enclosing sections so numbers and titles still read as in the source.
 */
export function phasesForParty(phases: readonly Phase[], party: Party, roles: readonly RoleChoice[] = []): Phase[] {
  const keep = (letters: readonly RoleLetter[]) => letters.length > 0 && matchesRoles(letters, roles);
  return phases
    .map((phase) => {
      const sections = phase.sections.map((section) => ({
        ...section,
        activities: section.activities.filter((activity) => keep(lettersOf(activity, party))),
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
