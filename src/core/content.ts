/**
 * The whole content folder, read and validated in one pass: the matrix, its phases, the aliases
 * of renamed ids and the releases. The build, the search index, the exports and `raci-check` all go through here.
 */

import type { Aliases } from './alias-chains.ts';
import { type LiveIds, NO_ALIASES, readAliases } from './aliases.ts';
import { type EditionDifference, pairEdition, readDifferences } from './editions.ts';
import { checkGuide } from './guides.ts';
import { markdownBody } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import { brokenPublishedIds } from './published-ids.ts';
import { listActivities } from './query.ts';
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

/** A translation's files: an edition's, plus the differences its publisher's editions really have. */
export interface TranslationFiles extends ContentFiles {
  /** `differences.yaml`, when the translation has one. */
  differencesFile?: SourceFile | undefined;
}

export interface Content {
  matrix: Matrix;
  /** The Markdown prose of `matrix.md` after its front matter: the matrix's "Objective". */
  objective: string;
  /** The aliases of old ids: the primary edition's, shared by every edition (their ids are the same). */
  aliases: Aliases;
  /** The releases, oldest first; none when the folder keeps no releases. */
  releases: Release[];
  /** How the content differs from its newest release, when `allowUnreleased` let it through. */
  unreleased: ContentProblem | undefined;
  /** Letters that differ between this edition and another, as recorded by the translation. */
  differences: EditionDifference[];
}

export interface ContentResult {
  /** The primary edition; present only when there is no problem at all, in any edition. */
  content: Content | undefined;
  /** The translations, paired with the primary edition (its ids); present with `content`. */
  translations: Content[];
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

const invalid = (problems: ContentProblem[], warnings: ContentProblem[] = []): ContentResult => ({
  content: undefined,
  translations: [],
  problems,
  warnings,
});

/**
 * Reads and validates the content, the primary edition and its translations; the content is
 * returned only when no rule is broken in any of them.
 */
export function readContent(
  files: ContentFiles,
  options: ContentOptions = {},
  translations: readonly TranslationFiles[] = [],
): ContentResult {
  const { matrix, problems } = readMatrix(files.matrixFile, files.phaseFiles);
  const { releases, problems: releaseProblems } = readReleases(files.releaseFiles ?? []);
  problems.push(...releaseProblems);
  // A translation's own problems are worth reporting even when the primary edition has some.
  const read = translations.map((translation) => ({ files: translation, ...readMatrix(translation.matrixFile, translation.phaseFiles) }));
  const readProblems = read.flatMap((translation) => translation.problems);
  if (!matrix || problems.length > 0 || readProblems.length > 0) return invalid([...problems, ...readProblems]);

  const anchors = anchorIds(matrix);
  const pages = options.pagePaths ? new Set(options.pagePaths(matrix, releases)) : undefined;
  let aliases = NO_ALIASES;
  if (files.aliasesFile) {
    const live: LiveIds = { anchors, pages };
    const readAliasFile = readAliases(files.aliasesFile, live);
    if (!readAliasFile.aliases) return invalid(readAliasFile.problems);
    aliases = readAliasFile.aliases;
  }
  const aliasesFile = files.aliasesFile?.file ?? siblingFile(files.matrixFile.file, 'aliases.yaml');

  const primary = checkEdition(files, matrix, releases, { anchors, pages, aliases, aliasesFile }, options);
  const editions = read.map(({ files: translation, matrix: translated }) =>
    readTranslation(translation, translated as Matrix, { files, matrix }, { anchors, pages, aliases, aliasesFile }, options),
  );
  const allProblems = [...primary.problems, ...editions.flatMap((edition) => edition.problems)];
  const warnings = [...primary.warnings, ...editions.flatMap((edition) => edition.warnings)];
  const unreleased = [primary, ...editions].flatMap((edition) => (edition.content?.unreleased ? [edition.content.unreleased] : []));
  // Unreleased changes are reported with the other problems, so an author learns everything at once.
  const refused = options.allowUnreleased ? allProblems : [...allProblems, ...unreleased];
  if (refused.length > 0 || !primary.content) return invalid(refused, warnings);
  // No problem left: every edition has its content.
  const translated = editions.flatMap((edition) => edition.content ?? []);
  return {
    content: { ...primary.content, differences: translated.flatMap((edition) => edition.differences) },
    translations: translated,
    problems: [],
    warnings,
  };
}

/** What every edition's references are checked against: the primary edition's ids and pages, and the aliases. */
interface SiteIds {
  anchors: ReadonlySet<string>;
  pages: ReadonlySet<string> | undefined;
  aliases: Aliases;
  aliasesFile: string;
}

interface EditionCheck {
  content: Content | undefined;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * The checks of one edition once its matrix reads: every id its releases published still leads
 * somewhere, its guides name what exists, and it matches its newest release.
 */
function checkEdition(files: ContentFiles, matrix: Matrix, releases: Release[], ids: SiteIds, options: ContentOptions): EditionCheck {
  const published = brokenPublishedIds(releasesWithFiles(releases, files.releaseFiles ?? []), ids.anchors, ids.aliases, ids.aliasesFile);
  const paths = ids.pages && new Set([...ids.pages, ...(options.filePaths?.(matrix, releases) ?? [])]);
  const guides = (files.guideFiles ?? []).map((file) =>
    checkGuide(file, {
      activities: new Set(listActivities(matrix.phases).map(({ activity }) => activity.id)),
      anchors: ids.anchors,
      paths,
      aliases: ids.aliases,
      letters: matrix.meta.roles.map((role) => role.letter),
    }),
  );
  const warnings = guides.flatMap((guide) => guide.warnings);
  const problems = [...published, ...guides.flatMap((guide) => guide.problems)];
  if (problems.length > 0) return { content: undefined, problems, warnings };
  // Compared only once the content is valid: an author with a typo sees the typo first.
  const unreleased = files.releaseFiles ? unreleasedProblem(files, matrix, releases, ids.aliases, options.describeUnreleased) : undefined;
  const objective = markdownBody(files.matrixFile.source);
  return { content: { matrix, objective, aliases: ids.aliases, releases, unreleased, differences: [] }, problems: [], warnings };
}

/**
 * A translation: paired with the primary edition (its letters must agree, and it takes the primary
 * edition's ids), then checked as an edition.
 */
function readTranslation(
  files: TranslationFiles,
  matrix: Matrix,
  primary: { files: ContentFiles; matrix: Matrix },
  ids: SiteIds,
  options: ContentOptions,
): EditionCheck {
  const { releases, problems: releaseProblems } = readReleases(files.releaseFiles ?? []);
  const recorded = files.differencesFile
    ? readDifferences(files.differencesFile, primary.matrix.meta.lang, matrix.meta.lang)
    : { differences: [], problems: [] };
  if (!recorded.differences || releaseProblems.length > 0) {
    return { content: undefined, problems: [...releaseProblems, ...recorded.problems], warnings: [] };
  }
  const paired = pairEdition(
    { matrix: primary.matrix, matrixFile: primary.files.matrixFile },
    { matrix, matrixFile: files.matrixFile },
    recorded.differences,
    files.differencesFile?.file ?? siblingFile(files.matrixFile.file, 'differences.yaml'),
  );
  if (!paired.matrix) return { content: undefined, problems: paired.problems, warnings: [] };
  const edition = checkEdition(files, paired.matrix, releases, ids, options);
  return edition.content ? { ...edition, content: { ...edition.content, differences: paired.differences } } : edition;
}

/** The path of the file `name` in the folder of `file`: where an optional file would be. */
const siblingFile = (file: string, name: string) => file.replace(/[^/]*$/, name);

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
  describeDifferences: ContentOptions['describeUnreleased'],
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
  const differences = describeDifferences?.(newest, current, aliases) ?? [];
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
