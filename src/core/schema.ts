/**
 * The shapes of the matrix, as Zod schemas: each type of the domain is inferred from its schema
 * (`z.infer`), and the content collections validate their entries with the same schemas.
 */
import { z } from 'zod';
import { ROLE_LETTERS } from './letters.ts';

export const roleLetterSchema = z.enum(ROLE_LETTERS);

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    // Date rolls 2026-02-31 over to March; a real date survives the round trip unchanged.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'must be a real calendar date');

/** A party of the matrix (a column of every table), declared in `content/matrix.md`. */
export const partySchema = z.object({
  /** URL- and id-safe slug derived from the name, e.g. `ovhcloud`. */
  id: z.string().min(1),
  /** The name exactly as written in the table headers, e.g. `OVHcloud`. */
  name: z.string().min(1),
});
export type Party = z.infer<typeof partySchema>;

/** The definition of one letter, from the source's legend. */
export const roleDefinitionSchema = z.strictObject({
  letter: roleLetterSchema,
  /** The RACI word: Responsible, Accountable, Consulted, Informed. */
  name: z.string().trim().min(1),
  /** The source's own wording, verbatim. */
  definition: z.string().trim().min(1),
});
export type RoleDefinition = z.infer<typeof roleDefinitionSchema>;

/** Front matter of a phase file in `content/phases/`. */
export const phaseFrontmatterSchema = z.strictObject({
  /** The phase number as in the source ("3" for "3. Service Usage"). */
  phase: z.number().int().positive(),
  /** The phase title exactly as in the source, without its number. */
  title: z.string().trim().min(1),
});
export type PhaseFrontmatter = z.infer<typeof phaseFrontmatterSchema>;

/** Front matter of `content/matrix.md`: what the matrix is, its parties and its legend. */
export const matrixFrontmatterSchema = z.strictObject({
  /** Full title of the source document. */
  title: z.string().trim().min(1),
  /** Short name for the header and page titles. */
  shortTitle: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** Where the authoritative source is published. */
  sourceUrl: z.url(),
  /** BCP 47 language of the content. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en"'),
  /** Date the source was last updated, YYYY-MM-DD. */
  lastUpdated: isoDate,
  /** The heading of every table's first column, as this edition writes it ("Activity", "Activité"). */
  activityColumn: z.string().trim().min(1).default('Activity'),
  /**
   * The columns of every table after the activity, in display order. At least two. A party's id
   * (pages, exports, the checklist) comes from its name, or from `id`: a translated edition names
   * its parties in its own language and pairs them with the primary edition's by `id`.
   */
  parties: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1),
        id: z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a party id: lower-case letters, digits and hyphens')
          .optional(),
      }),
    )
    .min(2),
  /** The legend: each of R, A, C and I exactly once. */
  roles: z
    .array(roleDefinitionSchema)
    .length(ROLE_LETTERS.length)
    .refine((roles) => ROLE_LETTERS.every((letter) => roles.some((role) => role.letter === letter)), {
      message: 'must define each of R, A, C and I exactly once',
    }),
});
export type MatrixFrontmatter = z.infer<typeof matrixFrontmatterSchema>;

/** The matrix's metadata as the site uses it: the front matter, with party ids. */
export const matrixMetaSchema = matrixFrontmatterSchema.extend({ parties: z.array(partySchema).min(2) });
export type MatrixMeta = z.infer<typeof matrixMetaSchema>;

export const activitySchema = z.object({
  /** Stable anchor id, unique across the site. */
  id: z.string().min(1),
  /** The activity exactly as written. */
  text: z.string().min(1),
  /** Letters per party id, in the order written in the cell; an empty list is "no role". */
  roles: z.record(z.string(), z.array(roleLetterSchema)),
  /** 1-based line of the table row in its file. */
  line: z.number().int().positive(),
  /** 1-based column of each party's cell on that line, by party id. */
  columns: z.record(z.string(), z.number().int().positive()),
});
export type Activity = z.infer<typeof activitySchema>;

export const sectionSchema = z.object({
  /** Stable anchor id. */
  id: z.string(),
  /** Dotted number without the trailing dot, e.g. `3.1.2`. */
  number: z.string(),
  title: z.string(),
  /** Number of components in `number` (2 for `1.1`, 3 for `3.1.1`). */
  depth: z.number().int(),
  /** Number of the enclosing section, or null for a top-level section of the phase. */
  parent: z.string().nullable(),
  activities: z.array(activitySchema),
  line: z.number().int().positive(),
});
export type Section = z.infer<typeof sectionSchema>;

export const phaseSchema = z.object({
  /** Stable anchor id, e.g. `phase-1-before-subscription`. */
  id: z.string(),
  /** URL segment of the phase page, e.g. `1-before-subscription`. */
  slug: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  /** Sections in document order; the hierarchy is given by `parent`. */
  sections: z.array(sectionSchema),
  /** The content file it was read from, as shown in problems. */
  file: z.string(),
});
export type Phase = z.infer<typeof phaseSchema>;

/** The whole matrix: its metadata and its phases, sorted by number. */
export interface Matrix {
  meta: MatrixMeta;
  phases: Phase[];
}
