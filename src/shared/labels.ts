import type { RoleLetter } from '../core/letters';
import type { RoleDefinition } from '../core/schema';

/**
 * Spoken form of a cell, from the legend: "Responsible, Accountable", or `noRole` (the page's
 * dictionary's words). This module runs in the browser too, so it holds no dictionary: callers
 * pass the words.
 */
export function roleLabel(letters: readonly RoleLetter[], roles: readonly RoleDefinition[], noRole: string): string {
  if (letters.length === 0) return noRole;
  return letters.map((letter) => roles.find((role) => role.letter === letter)?.name ?? letter).join(', ');
}

/** "3.1.2. Access management", the way the source writes a numbered heading. */
export function numberedTitle(number: string | number, title: string): string {
  return `${number}. ${title}`;
}
