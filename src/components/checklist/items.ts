import type { RoleLetter } from '../../core/letters';
import { lettersOf, sectionTrail } from '../../core/query';
import { phasesForParty } from '../../core/roles';
import type { Activity, Party, Phase, Section } from '../../core/schema';

/** The party holds R or A: the activity is on its checklist. C or I only: the reader may add it. */
export function isTracked(letters: readonly RoleLetter[]): boolean {
  return letters.includes('R') || letters.includes('A');
}

export interface ChecklistSection {
  section: Section;
  /** The section and its parents, from the top of the phase. */
  trail: Section[];
  activities: { activity: Activity; tracked: boolean }[];
}

export interface ChecklistPhase {
  phase: Phase;
  sections: ChecklistSection[];
}

/**
 * The activities of the party's checklist, by phase and section: every activity in which the party
 * holds a letter, marked `tracked` when it is R or A. Phases and sections without any are left out.
 */
export function checklistPhases(phases: readonly Phase[], party: Party): ChecklistPhase[] {
  // The phases where the party holds a letter (core/roles.ts), without the enclosing sections that hold no activity of their own.
  return phasesForParty(phases, party).map((phase) => ({
    phase,
    sections: phase.sections
      .filter((section) => section.activities.length > 0)
      .map((section) => ({
        section,
        trail: sectionTrail(phase, section),
        activities: section.activities.map((activity) => ({ activity, tracked: isTracked(lettersOf(activity, party)) })),
      })),
  }));
}

/** How many of the listed activities are tracked (R or A), and how many only C or I. */
export function checklistCounts(phases: readonly ChecklistPhase[]): { tracked: number; others: number } {
  const all = phases.flatMap((phase) => phase.sections.flatMap((section) => section.activities));
  const tracked = all.filter((entry) => entry.tracked).length;
  return { tracked, others: all.length - tracked };
}
