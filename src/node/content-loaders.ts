import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { Content } from '../core/content.ts';
import { ContentError, type ContentProblem, formatProblem, formatWarning } from '../core/problems.ts';
import { DEFAULT_LANG } from '../i18n/index.ts';
import { contentDirectory, contentFolderSetting, loadContent, translationFolders } from './content-folder.ts';
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
  store: (context: LoaderContext, editions: readonly Content[], warnings: readonly ContentProblem[]) => Promise<void>,
): Loader {
  return {
    name,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const directory = contentDirectory(root);
      const allowUnreleased = context.watcher !== undefined;
      const load = async () => {
        const { content, translations, problems, warnings } = loadContent(directory, root, { allowUnreleased });
        if (!content) throw new ContentError(problems);
        await store(context, [content, ...translations], warnings);
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
 * Each edition's metadata (title, parties, legend, its recorded differences with the other editions)
 * and its rendered "Objective" prose: one entry per edition, by language. Prints the content's
 * warnings (author hints), once per reading.
 */
export function matrixLoader(): Loader {
  return contentLoader('raci-matrix-loader', async (context, editions, warnings) => {
    for (const warning of warnings) context.logger.warn(formatWarning(warning));
    context.store.clear();
    for (const { matrix, objective, differences } of editions) {
      const id = matrix.meta.lang;
      const data = await context.parseData({ id, data: { ...matrix.meta, differences } });
      context.store.set({
        id,
        data,
        body: objective,
        digest: context.generateDigest(JSON.stringify([matrix.meta, objective, differences])),
        rendered: await context.renderMarkdown(objective),
      });
    }
  });
}

/** One entry per phase of each edition (`en/1-before-subscription`), parsed from Markdown into typed sections and activities. */
export function phasesLoader(): Loader {
  return contentLoader('raci-phases-loader', async (context, editions) => {
    context.store.clear();
    for (const { matrix } of editions) {
      for (const phase of matrix.phases) {
        const id = `${matrix.meta.lang}/${phase.slug}`;
        const data = await context.parseData({ id, data: { ...phase } });
        context.store.set({ id, data, digest: context.generateDigest(JSON.stringify(phase)) });
      }
    }
  });
}

/** The aliases of renamed anchors and pages (content/aliases.yaml), checked against the site: one entry, for every edition. */
export function aliasesLoader(): Loader {
  return contentLoader('raci-aliases-loader', async (context, [primary]) => {
    const aliases = primary?.aliases ?? { anchors: {}, pages: {} };
    const data = await context.parseData({ id: 'aliases', data: { ...aliases } });
    context.store.set({ id: 'aliases', data, digest: context.generateDigest(JSON.stringify(aliases)) });
  });
}

/** One entry per release of each edition (`en/2026-06-11`); in `npm run dev`, warns when an edition is not released. */
export function releasesLoader(): Loader {
  return contentLoader('raci-releases-loader', async (context, editions) => {
    context.store.clear();
    for (const { matrix, releases, unreleased } of editions) {
      for (const release of releases) {
        const id = `${matrix.meta.lang}/${release.lastUpdated}`;
        const data = await context.parseData({ id, data: { ...release } });
        context.store.set({ id, data, digest: release.checksum });
      }
      if (unreleased) context.logger.warn(`Unreleased changes: ${formatProblem(unreleased)}`);
    }
  });
}

/**
 * The guides of every edition (`guides/*.mdx`, `fr/guides/*.mdx`), read and rendered by Astro's glob
 * loader, by language and name (`en/reading-the-matrix`); a content folder without guides (a
 * fixture, the benchmark's synthetic content) has none, quietly.
 */
export function guidesLoader(): Loader {
  const base = contentFolderSetting();
  const patterns = [`${GUIDES_FOLDER}/${GUIDE_FILES_PATTERN}`, `*/${GUIDES_FOLDER}/${GUIDE_FILES_PATTERN}`];
  const files = glob({
    pattern: patterns,
    base,
    generateId: ({ entry }) => {
      const [first = '', second = '', name = ''] = entry.split('/');
      return first === GUIDES_FOLDER ? `${DEFAULT_LANG}/${guideSlug(second)}` : `${first}/${guideSlug(name)}`;
    },
  });
  return {
    ...files,
    load: async (context) => {
      const directory = path.resolve(fileURLToPath(context.config.root), base);
      const folders = [directory, ...translationFolders(directory)].map((folder) => path.join(folder, GUIDES_FOLDER));
      if (folders.some((folder) => existsSync(folder))) return files.load(context);
      context.store.clear();
    },
  };
}
