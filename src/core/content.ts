/**
 * The whole content folder, read and validated in one pass: the matrix, its phases, the aliases
 * of renamed ids and the releases. The build, the search index, the exports and `raci-check` all go through here.
 */

import type { Aliases } from './alias-chains.ts';
import { type LiveIds, NO_ALIASES, readAliases } from './aliases.ts';
import { checkGuide } from './guides.ts';
import { markdownBody } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import { brokenPublishedIds } from './published-ids.ts';
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
  /** `guides/*.mdx`: their front matter and their references to the matrix are content too. */
  guideFiles?: SourceFile[] | undefined;
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
  /** Author hints that do not fail the build, e.g. a guide still naming an id an alias forwards. */
  warnings: ContentProblem[];
}

export interface ContentOptions {
  /** Site paths (without the base) of every page the matrix gives the site, so aliases can be checked against them. */
  pagePaths?: (matrix: Matrix, releases: readonly Release[]) => Iterable<string>;
  /** Site paths of the files it publishes besides pages (exports, the feed), which guides may link to. */
  filePaths?: (matrix: Matrix, releases: readonly Release[]) => Iterable<string>;
  /**
   * Content that differs from its newest release is a problem, except while an author works on it
   * (`npm run dev`): then it comes back in `unreleased`.
   */
  allowUnreleased?: boolean;
  /**
   * What differs between the newest release and the release the content would make, in words, for
   * the unreleased-changes problem (the core computes the diff; the wording is the site's).
   */
  describeUnreleased?: (newest: Release, current: Release, aliases: Aliases) => string[];
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
  if (!matrix || problems.length > 0) return { content: undefined, problems, warnings: [] };
  const objective = markdownBody(files.matrixFile.source);
  const anchors = anchorIds(matrix);
  const pages = options.pagePaths ? new Set(options.pagePaths(matrix, releases)) : undefined;
  let aliases = NO_ALIASES;
  if (files.aliasesFile) {
    const live: LiveIds = { anchors, pages };
    const read = readAliases(files.aliasesFile, live);
    if (!read.aliases) return { content: undefined, problems: read.problems, warnings: [] };
    aliases = read.aliases;
  }
  const aliasesFile = files.aliasesFile?.file ?? files.matrixFile.file.replace(/[^/]*$/, 'aliases.yaml');
  const published = brokenPublishedIds(releasesWithFiles(releases, files.releaseFiles ?? []), anchors, aliases, aliasesFile);
  const paths = pages && new Set([...pages, ...(options.filePaths?.(matrix, releases) ?? [])]);
  const guides = (files.guideFiles ?? []).map((file) =>
    checkGuide(file, {
      activities: new Set(matrix.phases.flatMap((phase) => phase.sections.flatMap((section) => section.activities.map((a) => a.id)))),
      anchors,
      paths,
      aliases,
      letters: matrix.meta.roles.map((role) => role.letter),
    }),
  );
  const warnings = guides.flatMap((guide) => guide.warnings);
  const referenceProblems = [...published, ...guides.flatMap((guide) => guide.problems)];
  if (referenceProblems.length > 0) return { content: undefined, problems: referenceProblems, warnings };
  // Compared only once the content is valid: an author with a typo sees the typo first.
  const unreleased = files.releaseFiles ? unreleasedProblem(files, matrix, releases, aliases, options.describeUnreleased) : undefined;
  if (unreleased && !options.allowUnreleased) return { content: undefined, problems: [unreleased], warnings };
  return { content: { matrix, objective, aliases, releases, unreleased }, problems: [], warnings };
}

/** Each release with the file it was read from (a release file is named by its date). */
function releasesWithFiles(releases: readonly Release[], files: readonly SourceFile[]) {
  return releases.flatMap((release) => {
    const file = files.find((candidate) => candidate.file.endsWith(`/${releaseFileName(release.lastUpdated)}`));
    return file ? [{ release, file }] : [];
  });
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
  describe: ContentOptions['describeUnreleased'],
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
  const differences = describe?.(newest, current, aliases) ?? [];
  const more = differences.length - NAMED_DIFFERENCES;
  const named =
    differences.length > 0 ? ` (${differences.slice(0, NAMED_DIFFERENCES).join('; ')}${more > 0 ? `; and ${more} more` : ''})` : '';
  const differs = `The content differs from its newest release, ${newestFile}${named}`;
  if (current.lastUpdated > newest.lastUpdated) {
    return problem(`${differs}, and no release was written for lastUpdated ${current.lastUpdated}: run \`npm run release\`.`);
  }
  return problem(
    `${differs}. A release never changes: change lastUpdated in ${file} to the date of this version (after ${newest.lastUpdated}), then run \`npm run release\`.`,
  );
}
