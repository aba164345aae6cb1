import type { RoleLetter } from './letters.ts';
import type { Activity, Party, Phase, Section } from './schema.ts';

/** An activity with the phase and section it belongs to, for flat lists, exports and search. */
export interface ActivityInContext {
  phase: Phase;
  section: Section;
  activity: Activity;
}

export function listActivities(phases: readonly Phase[]): ActivityInContext[] {
  return phases.flatMap((phase) =>
    phase.sections.flatMap((section) => section.activities.map((activity) => ({ phase, section, activity }))),
  );
}

/** Sections of a phase as a tree, for tables of contents. */
export interface SectionNode {
  section: Section;
  children: SectionNode[];
}

export function sectionTree(phase: Phase): SectionNode[] {
  const nodes = new Map(phase.sections.map((section) => [section.number, { section, children: [] as SectionNode[] }]));
  const roots: SectionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.section.parent ? nodes.get(node.section.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** `3.1.2` → the chain of sections from the top of the phase down to it. */
export function sectionTrail(phase: Phase, section: Section): Section[] {
  const trail = [section];
  let parent = section.parent;
  while (parent) {
    const found = phase.sections.find((candidate) => candidate.number === parent);
    if (!found) break;
    trail.unshift(found);
    parent = found.parent;
  }
  return trail;
}

/** A party's letters for an activity (of the matrix or of a release), in the order written; none is "no role". */
export function lettersOf(activity: { roles: Readonly<Record<string, RoleLetter[]>> }, party: Pick<Party, 'id'>): RoleLetter[] {
  return activity.roles[party.id] ?? [];
}

/** The letters as a cell writes them: `RA`, or `` for no role. */
export function writtenLetters(activity: { roles: Readonly<Record<string, RoleLetter[]>> }, party: Pick<Party, 'id'>): string {
  return lettersOf(activity, party).join('');
}

export function countActivities(phase: Phase): number {
  return phase.sections.reduce((total, section) => total + section.activities.length, 0);
}

/** A section and every section below it (3.1 → 3.1, 3.1.1, 3.1.2…), in document order. */
export function sectionFamily<S extends { number: string }>(sections: readonly S[], section: S): S[] {
  return sections.filter((candidate) => candidate.number === section.number || candidate.number.startsWith(`${section.number}.`));
}
