import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { Content } from '../core/content.ts';
import { ContentError, type ContentProblem, formatProblem, formatWarning } from '../core/problems.ts';
import { contentDirectory, contentFolderSetting, loadContent } from './content-folder.ts';
import { GUIDE_FILES_PATTERN, GUIDES_FOLDER, guideSlug } from './guide-files.ts';

/**
 * Astro content-layer loaders over the one reading of the content folder (content-folder.ts): each
 * collection stores its part of the validated content, and any problem fails the build with every
 * problem listed, located by file, line and rule.
 *
 * Content that differs from its newest release fails the build, but not `npm run dev`, where an
 * author edits it: Astro hands loaders a file watcher only when the dev server runs.
 */
function contentLoader(
  name: string,
  store: (context: LoaderContext, content: Content, warnings: readonly ContentProblem[]) => Promise<void>,
): Loader {
  return {
    name,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const directory = contentDirectory(root);
      const allowUnreleased = context.watcher !== undefined;
      const load = async () => {
        const { content, problems, warnings } = loadContent(directory, root, { allowUnreleased });
        if (!content) throw new ContentError(problems);
        await store(context, content, warnings);
      };
      await load();
      // Reload whenever a content file changes while `astro dev` runs.
      context.watcher?.add(directory);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(directory)) load().catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

/**
 * The matrix's metadata (title, parties, legend) and its rendered "Objective" prose: one entry.
 * Prints the content's warnings (author hints), once per reading.
 */
export function matrixLoader(): Loader {
  return contentLoader('raci-matrix-loader', async (context, { matrix, objective }, warnings) => {
    for (const warning of warnings) context.logger.warn(formatWarning(warning));
    const data = await context.parseData({ id: 'matrix', data: { ...matrix.meta } });
    context.store.set({
      id: 'matrix',
      data,
      body: objective,
      digest: context.generateDigest(JSON.stringify([matrix.meta, objective])),
      rendered: await context.renderMarkdown(objective),
    });
  });
}

/** One entry per phase, parsed from Markdown into typed sections and activities. */
export function phasesLoader(): Loader {
  return contentLoader('raci-phases-loader', async (context, { matrix }) => {
    context.store.clear();
    for (const phase of matrix.phases) {
      const data = await context.parseData({ id: phase.slug, data: { ...phase } });
      context.store.set({ id: phase.slug, data, digest: context.generateDigest(JSON.stringify(phase)) });
    }
  });
}

/** The aliases of renamed anchors and pages (content/aliases.yaml), checked against the site: one entry. */
export function aliasesLoader(): Loader {
  return contentLoader('raci-aliases-loader', async (context, { aliases }) => {
    const data = await context.parseData({ id: 'aliases', data: { ...aliases } });
    context.store.set({ id: 'aliases', data, digest: context.generateDigest(JSON.stringify(aliases)) });
  });
}

/** One entry per release of `releases/`, by date; in `npm run dev`, warns when the content is not released. */
export function releasesLoader(): Loader {
  return contentLoader('raci-releases-loader', async (context, { releases, unreleased }) => {
    context.store.clear();
    for (const release of releases) {
      const data = await context.parseData({ id: release.lastUpdated, data: { ...release } });
      context.store.set({ id: release.lastUpdated, data, digest: release.checksum });
    }
    if (unreleased) context.logger.warn(`Unreleased changes: ${formatProblem(unreleased)}`);
  });
}

/**
 * The guides of the content folder (`guides/*.mdx`), read and rendered by Astro's glob loader; a
 * content folder without `guides/` (a fixture, the benchmark's synthetic content) has none, quietly.
 */
export function guidesLoader(): Loader {
  const base = path.join(contentFolderSetting(), GUIDES_FOLDER);
  const files = glob({ pattern: GUIDE_FILES_PATTERN, base, generateId: ({ entry }) => guideSlug(entry) });
  return {
    ...files,
    load: async (context) => {
      if (existsSync(path.resolve(fileURLToPath(context.config.root), base))) return files.load(context);
      context.store.clear();
    },
  };
}
