/**
 * Changes between releases in words, in one place: the release pages, the markers, the feed, share
 * images, `npm run release` and the build's unreleased-changes problem all word a change here, from
 * the diff the core computes (src/core/compare.ts) and a dictionary's `changes` strings.
 */

import type { Aliases } from '../core/alias-chains.ts';
import {
  type ActivityChange,
  type ActivityChangeKind,
  type ChangeCounts,
  compareReleases,
  type HeadingChange,
  type LetterChange,
  type MetadataChange,
  type MetadataField,
  type PartyImpact,
  placeOf,
  type ReleaseChanges,
} from '../core/compare.ts';
import { ROLE_LETTERS, type RoleLetter } from '../core/letters.ts';
import { contentOf, type Release } from '../core/release.ts';
import type { RoleDefinition } from '../core/schema.ts';
import type { Dictionary } from '../i18n/en.ts';
import { fill, plural } from '../i18n/format.ts';
import { dictionary } from '../i18n/index.ts';
import { numberedTitle } from './labels.ts';

/** What wording a change needs: the language, its strings, and the names of the parties and letters. */
export interface ChangeWording {
  lang: string;
  strings: Dictionary['changes'];
  /** Party names by id, of every release compared. */
  parties: readonly { id: string; name: string }[];
  roles: readonly RoleDefinition[];
}

const partyName = (w: ChangeWording, id: string) => w.parties.find((party) => party.id === id)?.name ?? id;
const roleName = (w: ChangeWording, letter: string) => w.roles.find((role) => role.letter === letter)?.name ?? letter;
const heading = (h: { number: string; title: string } | undefined) => (h ? numberedTitle(h.number, h.title) : '');

/** The wording of changes in `lang`, naming the parties and letters of the releases compared. */
export function changeWording(lang: string, parties: ChangeWording['parties'], roles: readonly RoleDefinition[]): ChangeWording {
  return { lang, strings: dictionary(lang).changes, parties, roles };
}

/** "renamed, moved": what happened to an activity, as a badge. */
export function kindsText(w: ChangeWording, kinds: readonly ActivityChangeKind[]): string {
  return kinds.map((kind) => w.strings.kinds[kind]).join(', ');
}

/** Letters as a cell writes them, or "no role". */
export function lettersText(w: ChangeWording, letters: readonly RoleLetter[]): string {
  return letters.length > 0 ? letters.join('') : w.strings.noRole;
}

/** "OVHcloud: I → C": one party's letters before and after. */
export function letterChangeText(w: ChangeWording, change: LetterChange): string {
  return fill(w.strings.letters, {
    party: partyName(w, change.partyId),
    before: lettersText(w, change.before),
    after: lettersText(w, change.after),
  });
}

/** "Renamed from “…”", "Moved from 2.1. Backups to 2.2. Recovery": the details of an activity kept in both releases. */
export function changeDetails(w: ChangeWording, change: ActivityChange): string[] {
  const { before, after } = change;
  if (!before || !after) return [];
  const details: string[] = [];
  if (change.kinds.includes('renamed')) details.push(fill(w.strings.renamed, { before: before.text }));
  if (change.kinds.includes('moved')) {
    details.push(
      fill(w.strings.moved, {
        from: numberedTitle(before.section.number, before.section.title),
        to: numberedTitle(after.section.number, after.section.title),
      }),
    );
  }
  return details;
}

/** One activity's change as a line: "“Sign the contract” — OVHcloud: I → C". */
export function activityLine(w: ChangeWording, change: ActivityChange): string {
  const { text, section } = placeOf(change);
  const where = numberedTitle(section.number, section.title);
  const details = [
    ...(change.kinds.includes('added') ? [fill(w.strings.added, { section: where })] : []),
    ...(change.kinds.includes('removed') ? [fill(w.strings.removed, { section: where })] : []),
    ...changeDetails(w, change),
    ...change.letters.map((letters) => letterChangeText(w, letters)),
  ];
  return fill(w.strings.activityLine, { activity: text, details: details.join(w.strings.detailsSeparator) });
}

/** "Phase “1. Onboarding” renamed “1. Subscription”", "Section “2.3. Backups” added". */
export function headingLine(w: ChangeWording, change: HeadingChange): string {
  if (change.kind === 'renamed')
    return fill(w.strings.headingRenamed[change.level], { before: heading(change.before), after: heading(change.after) });
  const messages = change.kind === 'added' ? w.strings.headingAdded : w.strings.headingRemoved;
  return fill(messages[change.level], { heading: heading(change.after ?? change.before) });
}

/** The name of a metadata field: "Title", "Legend: Consulted (C)", "Parties". */
export function metadataLabel(w: ChangeWording, field: MetadataField): string {
  if (!field.startsWith('role-')) return w.strings.metadata[field as Exclude<MetadataField, `role-${RoleLetter}`>];
  const letter = field.slice('role-'.length);
  return fill(w.strings.metadata.role, { name: roleName(w, letter), letter });
}

/** "Title: “…” → “…”". */
export function metadataLine(w: ChangeWording, change: MetadataChange): string {
  return fill(w.strings.metadataLine, { field: metadataLabel(w, change.field), before: change.before, after: change.after });
}

/** Every change as a line, the matrix's first, then phases and sections, then activities. */
export function changeLines(w: ChangeWording, changes: ReleaseChanges): string[] {
  return [
    ...changes.metadata.map((change) => metadataLine(w, change)),
    ...changes.headings.map((change) => headingLine(w, change)),
    ...changes.activities.map((change) => activityLine(w, change)),
  ];
}

/** "1 added · 1 removed · 1 renamed…", the kinds of change with a count; "No change" when there is none. */
export function countsText(w: ChangeWording, counts: ChangeCounts): string {
  const { strings, lang } = w;
  const parts = [
    counts.added && plural(lang, counts.added, strings.counts.added),
    counts.removed && plural(lang, counts.removed, strings.counts.removed),
    counts.renamed && plural(lang, counts.renamed, strings.counts.renamed),
    counts.moved && plural(lang, counts.moved, strings.counts.moved),
    counts.letters && plural(lang, counts.letters, strings.counts.letters),
    counts.sections && plural(lang, counts.sections, strings.counts.sections),
    counts.metadata && plural(lang, counts.metadata, strings.counts.metadata),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(strings.counts.separator) : strings.counts.none;
}

/** "+1 Responsible, −1 Accountable": the letters a party gained and lost, with the legend's names. */
export function impactText(w: ChangeWording, impact: PartyImpact): string {
  return ROLE_LETTERS.flatMap((letter) => {
    const { gained, lost } = impact.letters[letter];
    const role = roleName(w, letter);
    return [
      gained > 0 ? fill(w.strings.gained, { count: gained, role }) : '',
      lost > 0 ? fill(w.strings.lost, { count: lost, role }) : '',
    ].filter(Boolean);
  }).join(w.strings.impactSeparator);
}

/**
 * What differs between a release and the release the current content would make, as lines; none
 * when they are the same. (`unreleasedDifferences` words them for the build and `raci-check`.)
 */
export function differencesFrom(w: ChangeWording, release: Release, current: Release, aliases: Aliases): string[] {
  if (release.checksum === current.checksum) return [];
  const lines = changeLines(w, compareReleases(contentOf(release), contentOf(current), aliases));
  if (current.lastUpdated !== release.lastUpdated)
    lines.unshift(fill(w.strings.lastUpdated, { before: release.lastUpdated, after: current.lastUpdated }));
  // Same checksum or not, every field of a release is compared above but the order of its lists.
  if (lines.length === 0) lines.push(w.strings.orderOnly);
  return lines;
}

/** What differs from the newest release, as the build's unreleased-changes problem names it: in English. */
export function unreleasedDifferences(newest: Release, current: Release, aliases: Aliases): string[] {
  return differencesFrom(changeWording('en', [...current.parties, ...newest.parties], current.roles), newest, current, aliases);
}
