/**
 * The whole content folder, read and validated in one pass: the matrix, its phases, the aliases
 * of renamed ids and the releases. The build, the search index, the exports and `raci-check` all go through here.
 */

import type { Aliases } from './alias-chains.ts';
import { type LiveIds, NO_ALIASES, readAliases } from './aliases.ts';
import { differencesFrom } from './compare.ts';
import { markdownBody } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import { readMatrix, type SourceFile } from './read-matrix.ts';
import { type Release, readReleases, releaseFileName, releaseOf } from './release.ts';
import type { Matrix } from './schema.ts';

export interface ContentFiles {
  /** `matrix.md`: title, parties, legend. */
  matrixFile: SourceFile;
  /** `phases/*.md`, in file-name order. */
  phaseFiles: SourceFile[];
  /** `aliases.yaml`, when the folder has one. */
  aliasesFile?: SourceFile | undefined;
  /** `releases/*.json`; undefined when the folder has no `releases/`, which skips the release check. */
  releaseFiles?: SourceFile[] | undefined;
}

export interface Content {
  matrix: Matrix;
  /** The Markdown prose of `matrix.md` after its front matter: the matrix's "Objective". */
  objective: string;
  aliases: Aliases;
  /** The releases, oldest first; none when the folder keeps no releases. */
  releases: Release[];
  /** How the content differs from its newest release, when `allowUnreleased` let it through. */
  unreleased: ContentProblem | undefined;
}

export interface ContentResult {
  /** Present only when there is no problem at all. */
  content: Content | undefined;
  problems: ContentProblem[];
}

export interface ContentOptions {
  /** Site paths (without the base) of every page the matrix gives the site, so aliases can be checked against them. */
  pagePaths?: (matrix: Matrix, releases: readonly Release[]) => Iterable<string>;
  /**
   * Content that differs from its newest release is a problem, except while an author works on it
   * (`npm run dev`): then it comes back in `unreleased`.
   */
  allowUnreleased?: boolean;
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
  const { releases, problems: releaseProblems } = readReleases(files.releaseFiles ?? []);
  problems.push(...releaseProblems);
  if (!matrix || problems.length > 0) return { content: undefined, problems };
  const objective = markdownBody(files.matrixFile.source);
  let aliases = NO_ALIASES;
  if (files.aliasesFile) {
    const pages = options.pagePaths?.(matrix, releases);
    const live: LiveIds = { anchors: anchorIds(matrix), pages: pages ? new Set(pages) : undefined };
    const read = readAliases(files.aliasesFile, live);
    if (!read.aliases) return { content: undefined, problems: read.problems };
    aliases = read.aliases;
  }
  // Compared only once the content is valid: an author with a typo sees the typo first.
  const unreleased = files.releaseFiles ? unreleasedProblem(files, matrix, releases, aliases) : undefined;
  if (unreleased && !options.allowUnreleased) return { content: undefined, problems: [unreleased] };
  return { content: { matrix, objective, aliases, releases, unreleased }, problems: [] };
}

/** How many differences a message names before it says "and N more". */
const NAMED_DIFFERENCES = 5;

/**
 * The problem of content that is not the same as its newest release: it names what differs and how
 * to fix it, on the line of `lastUpdated`.
 */
function unreleasedProblem(
  files: ContentFiles,
  matrix: Matrix,
  releases: readonly Release[],
  aliases: Aliases,
): ContentProblem | undefined {
  const current = releaseOf(matrix);
  const newest = releases.at(-1);
  if (newest?.checksum === current.checksum) return undefined;
  const { file, source } = files.matrixFile;
  const lines = source.split('\n');
  const index = lines.findIndex((text) => /^lastUpdated\s*:/.test(text));
  const line = index + 1 || 1;
  // The column of the date, after `lastUpdated: `.
  const column = (lines[index]?.match(/^lastUpdated\s*:\s*/)?.[0].length ?? 0) + 1;
  const problem = (message: string): ContentProblem => ({
    file,
    line,
    column,
    rule: 'unreleased-changes',
    message,
    value: current.lastUpdated,
  });
  if (!newest) return problem('The content has no release yet (its releases/ folder is empty): run `npm run release` to write its first.');

  const newestFile =
    files.releaseFiles?.find((f) => f.file.endsWith(`/${releaseFileName(newest.lastUpdated)}`))?.file ??
    releaseFileName(newest.lastUpdated);
  const differences = differencesFrom(newest, current, aliases);
  const more = differences.length - NAMED_DIFFERENCES;
  const named = `${differences.slice(0, NAMED_DIFFERENCES).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
  const differs = `The content differs from its newest release, ${newestFile} (${named})`;
  if (current.lastUpdated > newest.lastUpdated) {
    return problem(`${differs}, and no release was written for lastUpdated ${current.lastUpdated}: run \`npm run release\`.`);
  }
  return problem(
    `${differs}. A release never changes: change lastUpdated in ${file} to the date of this version (after ${newest.lastUpdated}), then run \`npm run release\`.`,
  );
}
