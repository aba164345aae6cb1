/**
 * What changed between two releases of the matrix: activities added, removed, renamed, moved and
 * their letters per party, phases and sections added, removed or renamed, the matrix's metadata, and
 * the impact per party. Activities are matched by id, following `content/aliases.yaml` (old anchor
 * id → new) for the ids that changed.
 */
import { type Aliases, aliasChain } from './alias-chains.ts';
import { ROLE_LETTERS, type RoleLetter } from './letters.ts';
import { lettersOf } from './query.ts';
import type { ReleaseContent } from './release.ts';

/** Where an activity sits in one release. */
export interface ActivityVersion {
  id: string;
  text: string;
  roles: Record<string, RoleLetter[]>;
  phase: { number: number; title: string };
  section: { id: string; number: string; title: string };
}

export type ActivityChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'letters';

/** One party's letters for an activity, before and after. */
export interface LetterChange {
  partyId: string;
  before: RoleLetter[];
  after: RoleLetter[];
}

export interface ActivityChange {
  /** In a fixed order: added, removed, renamed, moved, letters. Never empty. */
  kinds: ActivityChangeKind[];
  /** Absent for an added activity. */
  before: ActivityVersion | undefined;
  /** Absent for a removed activity. */
  after: ActivityVersion | undefined;
  /** The parties whose letters changed (an activity kept in both releases only). */
  letters: LetterChange[];
}

export interface Heading {
  id: string;
  /** "3" for a phase, "3.1.2" for a section. */
  number: string;
  title: string;
}

export interface HeadingChange {
  level: 'phase' | 'section';
  kind: 'added' | 'removed' | 'renamed';
  before: Heading | undefined;
  after: Heading | undefined;
}

export type MetadataField = 'title' | 'description' | 'sourceUrl' | 'parties' | `role-${RoleLetter}`;

export interface MetadataChange {
  field: MetadataField;
  before: string;
  after: string;
}

export interface LetterTally {
  gained: number;
  lost: number;
}

/** How the letters of one party moved, summed over every activity. */
export interface PartyImpact {
  party: { id: string; name: string };
  letters: Record<RoleLetter, LetterTally>;
}

export interface ReleaseChanges {
  from: string;
  to: string;
  metadata: MetadataChange[];
  headings: HeadingChange[];
  /** In the order of the newer release; a removed activity after the other changes of its section. */
  activities: ActivityChange[];
  /** Every party of either release, the newer release's first; only parties with a change. */
  impact: PartyImpact[];
}

function activityVersions(release: ReleaseContent): ActivityVersion[] {
  return release.phases.flatMap((phase) =>
    phase.sections.flatMap((section) =>
      section.activities.map((activity) => ({
        id: activity.id,
        text: activity.text,
        roles: activity.roles,
        phase: { number: phase.number, title: phase.title },
        section: { id: section.id, number: section.number, title: section.title },
      })),
    ),
  );
}

/** The id an old id goes by in the newer release: itself, or the first of its alias chain found there. */
function successor(aliases: Aliases, id: string, exists: (id: string) => boolean): string | undefined {
  return [id, ...aliasChain(aliases.anchors, id).hops].find(exists);
}

/**
 * Matches headings by id (following aliases), then the ones left by number: a section whose title
 * changed keeps its number. Returns the old id → new id pairs.
 */
function matchHeadings(before: readonly Heading[], after: readonly Heading[], aliases: Aliases): Map<string, string> {
  const afterIds = new Set(after.map((heading) => heading.id));
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const heading of before) {
    const id = successor(aliases, heading.id, (candidate) => afterIds.has(candidate) && !taken.has(candidate));
    if (id) {
      pairs.set(heading.id, id);
      taken.add(id);
    }
  }
  for (const heading of before) {
    if (pairs.has(heading.id)) continue;
    const same = after.find((candidate) => candidate.number === heading.number && !taken.has(candidate.id));
    if (same) {
      pairs.set(heading.id, same.id);
      taken.add(same.id);
    }
  }
  return pairs;
}

function headingChanges(level: HeadingChange['level'], before: readonly Heading[], after: readonly Heading[], aliases: Aliases) {
  const pairs = matchHeadings(before, after, aliases);
  const matched = new Set(pairs.values());
  const byId = new Map(after.map((heading) => [heading.id, heading]));
  const changes: HeadingChange[] = [];
  for (const old of before) {
    const now = byId.get(pairs.get(old.id) ?? '');
    if (!now) changes.push({ level, kind: 'removed', before: old, after: undefined });
    else if (now.title !== old.title || now.number !== old.number) changes.push({ level, kind: 'renamed', before: old, after: now });
  }
  for (const now of after) if (!matched.has(now.id)) changes.push({ level, kind: 'added', before: undefined, after: now });
  return { pairs, changes };
}

function metadataChanges(before: ReleaseContent, after: ReleaseContent): MetadataChange[] {
  const changes: MetadataChange[] = [];
  const compare = (field: MetadataField, old: string, now: string) => {
    if (old !== now) changes.push({ field, before: old, after: now });
  };
  compare('title', before.title, after.title);
  compare('description', before.description, after.description);
  compare('sourceUrl', before.sourceUrl, after.sourceUrl);
  const names = (release: ReleaseContent) => release.parties.map((party) => party.name).join(', ');
  compare('parties', names(before), names(after));
  for (const letter of ROLE_LETTERS) {
    const legend = (release: ReleaseContent) => {
      const role = release.roles.find((candidate) => candidate.letter === letter);
      return role ? `${role.name}: ${role.definition}` : '';
    };
    compare(`role-${letter}`, legend(before), legend(after));
  }
  return changes;
}

const sameLetters = (a: readonly RoleLetter[], b: readonly RoleLetter[]) =>
  a.length === b.length && a.every((letter, i) => letter === b[i]);

function emptyTally(): Record<RoleLetter, LetterTally> {
  return { R: { gained: 0, lost: 0 }, A: { gained: 0, lost: 0 }, C: { gained: 0, lost: 0 }, I: { gained: 0, lost: 0 } };
}

function impactOf(activities: readonly ActivityChange[], before: ReleaseContent, after: ReleaseContent): PartyImpact[] {
  const parties = [...after.parties, ...before.parties.filter((party) => !after.parties.some((p) => p.id === party.id))];
  return parties
    .map((party) => {
      const letters = emptyTally();
      for (const change of activities) {
        const old = change.before ? lettersOf(change.before, party) : [];
        const now = change.after ? lettersOf(change.after, party) : [];
        for (const letter of now) if (!old.includes(letter)) letters[letter].gained++;
        for (const letter of old) if (!now.includes(letter)) letters[letter].lost++;
      }
      return { party: { id: party.id, name: party.name }, letters };
    })
    .filter(({ letters }) => ROLE_LETTERS.some((letter) => letters[letter].gained > 0 || letters[letter].lost > 0));
}

/** Everything that changed from `before` to `after`, with the aliases of the newer content applied. */
export function compareReleases(before: ReleaseContent, after: ReleaseContent, aliases: Aliases): ReleaseChanges {
  const phaseHeadings = (release: ReleaseContent) => release.phases.map(({ id, number, title }) => ({ id, number: String(number), title }));
  const sectionHeadings = (release: ReleaseContent) =>
    release.phases.flatMap((phase) => phase.sections.map(({ id, number, title }) => ({ id, number, title })));
  const phases = headingChanges('phase', phaseHeadings(before), phaseHeadings(after), aliases);
  const sections = headingChanges('section', sectionHeadings(before), sectionHeadings(after), aliases);

  const oldActivities = activityVersions(before);
  const newActivities = activityVersions(after);
  const newById = new Map(newActivities.map((activity) => [activity.id, activity]));
  const oldByNewId = new Map<string, ActivityVersion>();
  const removed: ActivityVersion[] = [];
  for (const old of oldActivities) {
    const id = successor(aliases, old.id, (candidate) => newById.has(candidate) && !oldByNewId.has(candidate));
    if (id) oldByNewId.set(id, old);
    else removed.push(old);
  }
  const parties = [...new Set([...before.parties, ...after.parties].map((party) => party.id))];

  const activities: ActivityChange[] = [];
  for (const now of newActivities) {
    const old = oldByNewId.get(now.id);
    if (!old) {
      activities.push({ kinds: ['added'], before: undefined, after: now, letters: [] });
      continue;
    }
    const letters = parties
      .map((partyId) => ({ partyId, before: lettersOf(old, { id: partyId }), after: lettersOf(now, { id: partyId }) }))
      .filter((change) => !sameLetters(change.before, change.after));
    const kinds: ActivityChangeKind[] = [];
    if (old.text !== now.text) kinds.push('renamed');
    if (sections.pairs.get(old.section.id) !== now.section.id) kinds.push('moved');
    if (letters.length > 0) kinds.push('letters');
    if (kinds.length > 0) activities.push({ kinds, before: old, after: now, letters });
  }
  for (const old of removed) {
    const change: ActivityChange = { kinds: ['removed'], before: old, after: undefined, letters: [] };
    // After the last change of the same section or an earlier one.
    const index = activities.findLastIndex((other) => compareNumbers(placeOf(other).section.number, old.section.number) <= 0);
    activities.splice(index + 1, 0, change);
  }

  return {
    from: before.lastUpdated,
    to: after.lastUpdated,
    metadata: metadataChanges(before, after),
    headings: [...phases.changes, ...sections.changes],
    activities,
    impact: impactOf(activities, before, after),
  };
}

/** The version of an activity a change is shown with: the newer one, or the removed one. */
export function placeOf(change: ActivityChange): ActivityVersion {
  const version = change.after ?? change.before;
  if (!version) throw new Error('An activity change has neither a before nor an after.');
  return version;
}

/** Orders dotted numbers as the source does: 2.10 after 2.9. */
export function compareNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether nothing at all changed. */
export function isUnchanged(changes: ReleaseChanges): boolean {
  return changes.metadata.length === 0 && changes.headings.length === 0 && changes.activities.length === 0;
}

/** How many changes of each kind; an activity both renamed and moved counts for both. */
export interface ChangeCounts {
  added: number;
  removed: number;
  renamed: number;
  moved: number;
  letters: number;
  sections: number;
  metadata: number;
}

export function countChanges(changes: ReleaseChanges): ChangeCounts {
  const count = (kind: ActivityChangeKind) => changes.activities.filter((change) => change.kinds.includes(kind)).length;
  return {
    added: count('added'),
    removed: count('removed'),
    renamed: count('renamed'),
    moved: count('moved'),
    letters: count('letters'),
    sections: changes.headings.length,
    metadata: changes.metadata.length,
  };
}

/** The activity changes by phase, then section, in document order, for pages that list them. */
export interface ChangeGroup {
  phase: ActivityVersion['phase'];
  sections: { section: ActivityVersion['section']; changes: ActivityChange[] }[];
}

export function groupByPhaseAndSection(changes: readonly ActivityChange[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  const sorted = [...changes].sort((a, b) => {
    const left = placeOf(a);
    const right = placeOf(b);
    return left.phase.number - right.phase.number || compareNumbers(left.section.number, right.section.number);
  });
  for (const change of sorted) {
    const { phase, section } = placeOf(change);
    let group = groups.at(-1);
    if (group?.phase.number !== phase.number) {
      group = { phase, sections: [] };
      groups.push(group);
    }
    let entry = group.sections.at(-1);
    if (entry?.section.number !== section.number) {
      entry = { section, changes: [] };
      group.sections.push(entry);
    }
    entry.changes.push(change);
  }
  return groups;
}
