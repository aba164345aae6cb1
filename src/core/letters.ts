/** The four RACI letters, in the order the legend and every display use. No imports: browser code uses this module. */
export const ROLE_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RoleLetter = (typeof ROLE_LETTERS)[number];

export function isRoleLetter(value: string): value is RoleLetter {
  return (ROLE_LETTERS as readonly string[]).includes(value);
}
