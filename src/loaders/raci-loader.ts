import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/raci/problems';
import { readMatrix, readMatrixMeta, type SourceFile } from '../lib/raci/read-matrix';

/**
 * Where the matrix content lives. `RACI_CONTENT_DIR` lets the benchmark and the bad-content tests
 * build the same site from other folders.
 */
export function contentDirectory(root: URL): string {
  return path.resolve(root.pathname, process.env.RACI_CONTENT_DIR ?? 'content');
}

const META_FILE = 'matrix.md';
const PHASES_DIR = 'phases';

async function readSource(root: URL, absolute: string): Promise<SourceFile> {
  return { file: path.relative(root.pathname, absolute), source: await readFile(absolute, 'utf8') };
}

async function readPhaseSources(root: URL, directory: string): Promise<SourceFile[]> {
  const phasesDir = path.join(directory, PHASES_DIR);
  const names = (await readdir(phasesDir)).filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_')).sort();
  return Promise.all(names.map((name) => readSource(root, path.join(phasesDir, name))));
}

/** The content files the reader needs (`matrix.md` and every phase file), from `contentDirectory(root)`. */
export async function readContentFiles(root: URL): Promise<{ metaFile: SourceFile; phaseFiles: SourceFile[] }> {
  const directory = contentDirectory(root);
  const [metaFile, phaseFiles] = await Promise.all([readSource(root, path.join(directory, META_FILE)), readPhaseSources(root, directory)]);
  return { metaFile, phaseFiles };
}

/** Reloads the collection whenever a content file changes while `astro dev` runs. */
function watchContent(context: LoaderContext, directory: string, load: () => Promise<void>): void {
  context.watcher?.add(directory);
  context.watcher?.on('all', (_event, changed) => {
    if (changed.startsWith(directory)) load().catch((error: unknown) => context.logger.error(String(error)));
  });
}

/** The matrix's metadata (title, parties, legend) and its rendered "Objective" prose: one entry. */
export function matrixLoader(): Loader {
  return {
    name: 'raci-matrix-loader',
    load: async (context) => {
      const directory = contentDirectory(context.config.root);
      const load = async () => {
        const metaFile = await readSource(context.config.root, path.join(directory, META_FILE));
        const { meta, problems } = readMatrixMeta(metaFile);
        if (!meta) throw new ContentError(problems);
        const body = metaFile.source.replace(/^---\n[\s\S]*?\n---\n/, '');
        const data = await context.parseData({ id: 'matrix', data: { ...meta }, filePath: metaFile.file });
        context.store.set({
          id: 'matrix',
          data,
          body,
          filePath: metaFile.file,
          digest: context.generateDigest(metaFile.source),
          rendered: await context.renderMarkdown(body),
        });
      };
      await load();
      watchContent(context, directory, load);
    },
  };
}

/**
 * One entry per phase file, parsed from Markdown into typed sections and activities and checked
 * against every content rule. Any problem fails the build with all problems listed.
 */
export function phasesLoader(): Loader {
  return {
    name: 'raci-phases-loader',
    load: async (context) => {
      const directory = contentDirectory(context.config.root);
      const load = async () => {
        const { metaFile, phaseFiles } = await readContentFiles(context.config.root);
        const { matrix, problems } = readMatrix(metaFile, phaseFiles);
        if (!matrix || problems.length > 0) throw new ContentError(problems);
        context.store.clear();
        for (const phase of matrix.phases) {
          const data = await context.parseData({ id: phase.slug, data: { ...phase }, filePath: phase.file });
          context.store.set({ id: phase.slug, data, filePath: phase.file, digest: context.generateDigest(JSON.stringify(phase)) });
        }
      };
      await load();
      watchContent(context, directory, load);
    },
  };
}
