import { defineCollection } from 'astro:content';
import { aliasesSchema } from './core/aliases';
import { guideSchema } from './core/guides';
import { releaseSchema } from './core/release';
import { matrixMetaSchema, phaseSchema } from './core/schema';
import { aliasesLoader, guidesLoader, matrixLoader, phasesLoader, releasesLoader } from './node/content-loaders';

/**
 * The content folder, read and validated once (src/node/content-folder.ts) and split into
 * collections whose entries are checked against the same schemas the domain core's types come from.
 */
export const collections = {
  /** The matrix itself: title, source, date, declared parties and the R/A/C/I legend (one entry). */
  matrix: defineCollection({ loader: matrixLoader(), schema: matrixMetaSchema }),
  /** One entry per lifecycle phase, from `content/phases/*.md`. */
  phases: defineCollection({ loader: phasesLoader(), schema: phaseSchema }),
  /** Old → new anchors and pages, from `content/aliases.yaml` (one entry). */
  aliases: defineCollection({ loader: aliasesLoader(), schema: aliasesSchema }),
  /** One entry per release of `content/releases/`, by date: immutable snapshots of the matrix. */
  releases: defineCollection({ loader: releasesLoader(), schema: releaseSchema }),
  /** The guides of the matrix, `content/guides/*.mdx`: one page each, at /guides/<file name>/. */
  guides: defineCollection({ loader: guidesLoader(), schema: guideSchema }),
};
