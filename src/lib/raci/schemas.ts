import { z } from 'zod';
import { ROLE_LETTERS } from './types';

/** Front matter of a phase file in `content/phases/`. */
export const phaseFrontmatterSchema = z.strictObject({
  /** The phase number as in the source ("3" for "3. Service Usage"). */
  phase: z.number().int().positive(),
  /** The phase title exactly as in the source, without its number. */
  title: z.string().trim().min(1),
});
export type PhaseFrontmatter = z.infer<typeof phaseFrontmatterSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    // Date rolls 2026-02-31 over to March; a real date survives the round trip unchanged.
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'must be a real calendar date');

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
  /** The columns of every table after "Activity", in display order. At least two. */
  parties: z.array(z.strictObject({ name: z.string().trim().min(1) })).min(2),
  /** The legend: each of R, A, C and I exactly once. */
  roles: z
    .array(
      z.strictObject({
        letter: z.enum(ROLE_LETTERS),
        name: z.string().trim().min(1),
        definition: z.string().trim().min(1),
      }),
    )
    .length(ROLE_LETTERS.length)
    .refine((roles) => ROLE_LETTERS.every((letter) => roles.some((role) => role.letter === letter)), {
      message: 'must define each of R, A, C and I exactly once',
    }),
});
export type MatrixFrontmatter = z.infer<typeof matrixFrontmatterSchema>;
