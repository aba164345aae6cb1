import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { aliasesSchema } from './core/aliases';
import { editionDifferenceSchema } from './core/editions';
import { guideSchema } from './core/guides';
import { releaseSchema } from './core/release';
import { matrixMetaSchema, phaseSchema } from './core/schema';
import { aliasesLoader, guidesLoader, matrixLoader, phasesLoader, releasesLoader } from './node/content-loaders';

/**
 * The content folder, read and validated once (src/node/content-folder.ts) and split into
 * collections whose entries are checked against the same schemas the domain core's types come from.
 */
export const collections = {
  /**
   * The matrix itself, one entry per edition by language (`en`, `fr`): title, source, date, declared
   * parties, the R/A/C/I legend, and the letters recorded as differing between the editions.
   */
  matrix: defineCollection({ loader: matrixLoader(), schema: matrixMetaSchema.extend({ differences: z.array(editionDifferenceSchema) }) }),
  /** One entry per lifecycle phase of each edition (`en/3-service-usage`), from `content/phases/*.md` and `content/fr/phases/*.md`. */
  phases: defineCollection({ loader: phasesLoader(), schema: phaseSchema }),
  /** Old → new anchors and pages, from `content/aliases.yaml` (one entry). */
  aliases: defineCollection({ loader: aliasesLoader(), schema: aliasesSchema }),
  /** One entry per release of each edition (`en/2026-06-11`), from its `releases/`: immutable snapshots of the matrix. */
  releases: defineCollection({ loader: releasesLoader(), schema: releaseSchema }),
  /** The guides of each edition (`en/reading-the-matrix`), `content/guides/*.mdx` and `content/fr/guides/*.mdx`: one page each, at /guides/<file name>/. */
  guides: defineCollection({ loader: guidesLoader(), schema: guideSchema }),
};
