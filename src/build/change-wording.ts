import type { ActivityChange, ActivityChangeKind, ChangeCounts, MetadataField, PartyImpact } from '../core/compare';
import { ROLE_LETTERS } from '../core/letters';
import type { RoleDefinition } from '../core/schema';
import { numberedTitle } from '../shared/labels';

/** "1 September 2026" (`long`) or "1 Sep 2026" (`short`), in the content's language; dates are UTC days. */
export function readableDate(date: string, lang: string, month: 'long' | 'short' = 'long'): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(lang, { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' });
}

const count = (n: number, one: string, many = one) => `${n} ${n === 1 ? one : many}`;

/** "1 added · 1 removed · 1 renamed…", the kinds of change with a count; "no change" when there is none. */
export function countsText(counts: ChangeCounts): string {
  const parts = [
    counts.added && `${counts.added} added`,
    counts.removed && `${counts.removed} removed`,
    counts.renamed && `${counts.renamed} renamed`,
    counts.moved && `${counts.moved} moved`,
    counts.letters && `${count(counts.letters, 'activity', 'activities')} with new letters`,
    counts.sections && count(counts.sections, 'phase or section changed', 'phases or sections changed'),
    counts.metadata && `${count(counts.metadata, 'change', 'changes')} to the title, legend or parties`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(' · ') : 'No change';
}

/** "+1 Responsible, −1 Accountable": the letters a party gained and lost, with the legend's names. */
export function impactText(impact: PartyImpact, roles: readonly RoleDefinition[]): string {
  const name = (letter: string) => roles.find((role) => role.letter === letter)?.name ?? letter;
  return ROLE_LETTERS.flatMap((letter) => {
    const { gained, lost } = impact.letters[letter];
    return [gained > 0 ? `+${gained} ${name(letter)}` : '', lost > 0 ? `−${lost} ${name(letter)}` : ''].filter(Boolean);
  }).join(', ');
}

const KIND_LABELS: Record<ActivityChangeKind, string> = {
  added: 'added',
  removed: 'removed',
  renamed: 'renamed',
  moved: 'moved',
  letters: 'letters changed',
};

/** "renamed, moved": what happened to an activity, in words. */
export function kindsText(kinds: readonly ActivityChangeKind[]): string {
  return kinds.map((kind) => KIND_LABELS[kind]).join(', ');
}

/** "Moved from 2.1. Backups to 2.2. Recovery" and "Renamed from “…”": the details of a kept activity. */
export function changeDetails(change: ActivityChange): string[] {
  const { before, after } = change;
  if (!before || !after) return [];
  const details: string[] = [];
  if (change.kinds.includes('renamed')) details.push(`Renamed from “${before.text}”`);
  if (change.kinds.includes('moved')) {
    details.push(
      `Moved from ${numberedTitle(before.section.number, before.section.title)} to ${numberedTitle(after.section.number, after.section.title)}`,
    );
  }
  return details;
}

/** The name of a metadata field: "Title", "Legend: Consulted (C)", "Parties". */
export function metadataLabel(field: MetadataField, roles: readonly RoleDefinition[]): string {
  if (field === 'title') return 'Title';
  if (field === 'description') return 'Description';
  if (field === 'sourceUrl') return 'Source address';
  if (field === 'parties') return 'Parties';
  const letter = field.slice('role-'.length);
  return `Legend: ${roles.find((role) => role.letter === letter)?.name ?? letter} (${letter})`;
}
