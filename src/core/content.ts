/**
 * The whole content folder, read and validated in one pass: the matrix, its phases and the aliases
 * of renamed ids. The build, the search index, the exports and `raci-check` all go through here.
 */

import type { Aliases } from './alias-chains.ts';
import { type LiveIds, NO_ALIASES, readAliases } from './aliases.ts';
import { markdownBody } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import { readMatrix, type SourceFile } from './read-matrix.ts';
import type { Matrix } from './schema.ts';

export interface ContentFiles {
  /** `matrix.md`: title, parties, legend. */
  matrixFile: SourceFile;
  /** `phases/*.md`, in file-name order. */
  phaseFiles: SourceFile[];
  /** `aliases.yaml`, when the folder has one. */
  aliasesFile?: SourceFile | undefined;
}

export interface Content {
  matrix: Matrix;
  /** The Markdown prose of `matrix.md` after its front matter: the matrix's "Objective". */
  objective: string;
  aliases: Aliases;
}

export interface ContentResult {
  /** Present only when there is no problem at all. */
  content: Content | undefined;
  problems: ContentProblem[];
}

export interface ContentOptions {
  /** Site paths (without the base) of every page the matrix gives the site, so aliases can be checked against them. */
  pagePaths?: (matrix: Matrix) => Iterable<string>;
}

/** Every anchor id a matrix gives the site: phases, sections and activities. */
export function anchorIds(matrix: Matrix): Set<string> {
  return new Set(
    matrix.phases.flatMap((phase) => [
      phase.id,
      ...phase.sections.flatMap((section) => [section.id, ...section.activities.map((activity) => activity.id)]),
    ]),
  );
}

/** Reads and validates the content; the content is returned only when no rule is broken. */
export function readContent(files: ContentFiles, options: ContentOptions = {}): ContentResult {
  const { matrix, problems } = readMatrix(files.matrixFile, files.phaseFiles);
  if (!matrix || problems.length > 0) return { content: undefined, problems };
  const objective = markdownBody(files.matrixFile.source);
  if (!files.aliasesFile) return { content: { matrix, objective, aliases: NO_ALIASES }, problems };
  const pages = options.pagePaths?.(matrix);
  const live: LiveIds = { anchors: anchorIds(matrix), pages: pages ? new Set(pages) : undefined };
  const read = readAliases(files.aliasesFile, live);
  if (!read.aliases) return { content: undefined, problems: read.problems };
  return { content: { matrix, objective, aliases: read.aliases }, problems: [] };
}
