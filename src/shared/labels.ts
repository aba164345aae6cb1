import type { RoleLetter } from '../core/letters';
import type { RoleDefinition } from '../core/schema';

/** Spoken form of a cell, from the legend: "Responsible, Accountable", or "No role". */
export function roleLabel(letters: readonly RoleLetter[], roles: readonly RoleDefinition[]): string {
  if (letters.length === 0) return 'No role';
  return letters.map((letter) => roles.find((role) => role.letter === letter)?.name ?? letter).join(', ');
}

/** "3.1.2. Access management", the way the source writes a numbered heading. */
export function numberedTitle(number: string | number, title: string): string {
  return `${number}. ${title}`;
}
