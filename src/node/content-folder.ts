/**
 * Reads a content folder from disk and validates it with the domain core, once per version of the
 * files: the content loaders, the search index, the config and `raci-check` share one result.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Content, type ContentFiles, type ContentResult, readContent, type TranslationFiles } from '../core/content.ts';
import { ContentError } from '../core/problems.ts';
import type { SourceFile } from '../core/read-matrix.ts';
import { unreleasedDifferences } from '../shared/change-wording.ts';
import { siteFilePaths, sitePagePaths } from '../shared/routes.ts';
import { guideFileNames, guideSlugs } from './guide-files.ts';

/** The files of a content folder. */
export const CONTENT_LAYOUT = {
  matrix: 'matrix.md',
  phases: 'phases',
  aliases: 'aliases.yaml',
  releases: 'releases',
  /** In a translation's folder: the differences its publisher's editions really have. */
  differences: 'differences.yaml',
} as const;

/**
 * The translations of a content folder: each sub-folder named by a language tag (`fr/`) that holds a
 * `matrix.md`, laid out as the content folder itself (phases, releases, guides), in name order.
 */
export function translationFolders(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name) && existsSync(path.join(directory, entry.name, CONTENT_LAYOUT.matrix)),
    )
    .map((entry) => path.join(directory, entry.name))
    .sort();
}

/** Where a project keeps its content, relative to its root. */
export const DEFAULT_CONTENT_FOLDER = 'content';

/**
 * The content folder of a project, as configured: `content`, or `RACI_CONTENT_DIR` (the benchmark
 * and the tests build the same site from other folders); relative paths are from the project root.
 */
export const contentFolderSetting = (): string => process.env.RACI_CONTENT_DIR ?? DEFAULT_CONTENT_FOLDER;

/** The content folder of a project (contentFolderSetting), resolved against the project root. */
export function contentDirectory(root: URL | string = process.cwd()): string {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  return path.resolve(rootPath, contentFolderSetting());
}

/** Phase files are Markdown files of `phases/`; names starting with `_` are drafts and are skipped. */
function phaseFileNames(directory: string): string[] {
  const folder = path.join(directory, CONTENT_LAYOUT.phases);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** The release files of `releases/`, or undefined when the folder keeps no releases (the release check is then skipped). */
function releaseFileNames(directory: string): string[] | undefined {
  const folder = path.join(directory, CONTENT_LAYOUT.releases);
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** The paths of the files that make up the content, its translations' too, for reading and for noticing changes. */
function contentPaths(directory: string): string[] {
  const releases = releaseFileNames(directory);
  return [
    path.join(directory, CONTENT_LAYOUT.matrix),
    ...phaseFileNames(directory),
    path.join(directory, CONTENT_LAYOUT.aliases),
    path.join(directory, CONTENT_LAYOUT.differences),
    ...translationFolders(directory).flatMap(contentPaths),
    // The folder too: its modification time changes when a release is added or removed.
    ...(releases ? [path.join(directory, CONTENT_LAYOUT.releases), ...releases] : []),
    // The guides are content: their references to the matrix are checked with it.
    ...guideFileNames(directory),
  ].filter((file) => existsSync(file));
}

/** Reads the content files; paths in problems are shown relative to `displayRoot`. */
export function readContentFiles(directory: string, displayRoot = process.cwd()): ContentFiles {
  const read = (absolute: string): SourceFile => ({
    file: path.relative(displayRoot, absolute).split(path.sep).join('/'),
    source: readFileSync(absolute, 'utf8'),
  });
  const aliases = path.join(directory, CONTENT_LAYOUT.aliases);
  return {
    matrixFile: read(path.join(directory, CONTENT_LAYOUT.matrix)),
    phaseFiles: phaseFileNames(directory).map(read),
    aliasesFile: existsSync(aliases) ? read(aliases) : undefined,
    releaseFiles: releaseFileNames(directory)?.map(read),
    guideFiles: guideFileNames(directory).map(read),
  };
}

/** Reads a translation's files: an edition's, and its `differences.yaml`. */
export function readTranslationFiles(directory: string, displayRoot = process.cwd()): TranslationFiles {
  const differences = path.join(directory, CONTENT_LAYOUT.differences);
  const { aliasesFile: _aliases, ...files } = readContentFiles(directory, displayRoot);
  return {
    ...files,
    differencesFile: existsSync(differences)
      ? { file: path.relative(displayRoot, differences).split(path.sep).join('/'), source: readFileSync(differences, 'utf8') }
      : undefined,
  };
}

interface Cached {
  fingerprint: string;
  result: ContentResult;
}

// On globalThis: Astro loads the config, the content config and the integrations through
// different module graphs, and all of them should share one reading of the files.
const CACHE_KEY = Symbol.for('snc-raci.content-cache');
const shared = globalThis as { [CACHE_KEY]?: Map<string, Cached> };
shared[CACHE_KEY] ??= new Map();
const cache = shared[CACHE_KEY];

/** Changes whenever a content file is added, removed or modified. */
function fingerprint(directory: string): string {
  return contentPaths(directory)
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

/** How a reading treats content that differs from its newest release (see ContentOptions). */
export interface LoadOptions {
  allowUnreleased?: boolean;
}

/**
 * Reads and validates a content folder, or returns the result of the last reading when no file has
 * changed since. Missing required files are reported as problems, not thrown.
 */
export function loadContent(directory: string, displayRoot = process.cwd(), options: LoadOptions = {}): ContentResult {
  const missing = [path.join(directory, CONTENT_LAYOUT.matrix), path.join(directory, CONTENT_LAYOUT.phases)].filter((p) => !existsSync(p));
  if (missing.length > 0) {
    return {
      content: undefined,
      problems: missing.map((absolute) => ({
        file: path.relative(displayRoot, absolute).split(path.sep).join('/'),
        line: 1,
        column: 1,
        rule: 'content-missing',
        message: `The content folder needs ${path.basename(absolute)}.`,
        value: path.relative(displayRoot, directory) || '.',
      })),
      translations: [],
      warnings: [],
    };
  }
  const allowUnreleased = options.allowUnreleased ?? false;
  const key = `${path.resolve(directory)}\n${path.resolve(displayRoot)}\n${allowUnreleased}`;
  const print = fingerprint(directory);
  const cached = cache.get(key);
  if (cached?.fingerprint === print) return cached.result;
  const translations = translationFolders(directory).map((folder) => readTranslationFiles(folder, displayRoot));
  const result = readContent(
    readContentFiles(directory, displayRoot),
    {
      pagePaths: (matrix, releases) => sitePagePaths(matrix, releases, guideSlugs(directory)),
      filePaths: siteFilePaths,
      describeUnreleased: unreleasedDifferences,
      allowUnreleased,
    },
    translations,
  );
  cache.set(key, { fingerprint: print, result });
  return result;
}

/** The validated content of a folder; throws a ContentError listing every problem. */
export function loadValidContent(directory: string, displayRoot = process.cwd(), options: LoadOptions = {}): Content {
  const { content, problems } = loadContent(directory, displayRoot, options);
  if (!content) throw new ContentError(problems);
  return content;
}
