import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { ROLE_LETTERS } from './lib/raci/types';
import { matrixLoader, phasesLoader } from './loaders/raci-loader';

const roleLetter = z.enum(ROLE_LETTERS);

const activity = z.object({
  id: z.string(),
  text: z.string().min(1),
  roles: z.record(z.string(), z.array(roleLetter)),
  line: z.number().int().positive(),
});

const section = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  depth: z.number().int().min(2),
  parent: z.string().nullable(),
  activities: z.array(activity),
  line: z.number().int().positive(),
});

/** One phase of the lifecycle, parsed and validated from `content/phases/*.md`. */
const phases = defineCollection({
  loader: phasesLoader(),
  schema: z.object({
    id: z.string(),
    slug: z.string(),
    number: z.number().int().positive(),
    title: z.string(),
    sections: z.array(section),
    file: z.string(),
  }),
});

/** The matrix itself: title, source, date, declared parties and the R/A/C/I legend. */
const matrix = defineCollection({
  loader: matrixLoader(),
  schema: z.object({
    title: z.string(),
    shortTitle: z.string(),
    description: z.string(),
    sourceUrl: z.string().url(),
    lang: z.string(),
    lastUpdated: z.string(),
    parties: z.array(z.object({ id: z.string(), name: z.string() })),
    roles: z.array(z.object({ letter: roleLetter, name: z.string(), definition: z.string() })),
  }),
});

export const collections = { phases, matrix };
