/** The four RACI letters, in the order the legend and every display use. */
export const ROLE_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RoleLetter = (typeof ROLE_LETTERS)[number];

export function isRoleLetter(value: string): value is RoleLetter {
  return (ROLE_LETTERS as readonly string[]).includes(value);
}

/** A party of the matrix (a column of every table), declared in `content/matrix.md`. */
export interface Party {
  /** URL- and id-safe slug derived from the name, e.g. `ovhcloud`. */
  id: string;
  /** The name exactly as written in the table headers, e.g. `OVHcloud`. */
  name: string;
}

/** The definition of one letter, from the source's legend. */
export interface RoleDefinition {
  letter: RoleLetter;
  /** The RACI word: Responsible, Accountable, Consulted, Informed. */
  name: string;
  /** The source's own wording, verbatim. */
  definition: string;
}

export interface Activity {
  /** Stable anchor id, unique across the site. */
  id: string;
  /** The activity exactly as written. */
  text: string;
  /** Letters per party id, in the order written in the cell; an empty list is "no role". */
  roles: Record<string, RoleLetter[]>;
  /** 1-based line of the table row in its file. */
  line: number;
}

export interface Section {
  /** Stable anchor id. */
  id: string;
  /** Dotted number without the trailing dot, e.g. `3.1.2`. */
  number: string;
  title: string;
  /** Number of components in `number` (2 for `1.1`, 3 for `3.1.1`). */
  depth: number;
  /** Number of the enclosing section, or null for a top-level section of the phase. */
  parent: string | null;
  activities: Activity[];
  line: number;
}

export interface Phase {
  /** Stable anchor id, e.g. `phase-1-before-subscription`. */
  id: string;
  /** URL segment of the phase page, e.g. `1-before-subscription`. */
  slug: string;
  number: number;
  title: string;
  /** Sections in document order; the hierarchy is given by `parent`. */
  sections: Section[];
  /** The content file it was read from, relative to the project root. */
  file: string;
}

/** One build-breaking problem in the content, located precisely enough to fix it. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  /** Short rule id, e.g. `unknown-letter`. */
  rule: string;
  message: string;
  /** The offending value as written. */
  value: string;
}
