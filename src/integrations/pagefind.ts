import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { activityRecords } from '../build/search-records';
import { contentDirectory, loadContent, loadValidContent } from '../node/content-folder';

/** Throws with every message when Pagefind reports errors for a step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/**
 * Builds the search index after the static build, into `<outDir>/pagefind/`: one record per
 * activity of every edition (linking to its row on that edition's full matrix page) plus the prose
 * of the built pages, whose matrix tables are excluded by selector and navigation is marked
 * `data-pagefind-ignore`. Each record and page goes into the index of its language (a record's
 * `language`, a page's `<html lang>`), stemmed as that language; the browser loads the index of its
 * page's `<html lang>`. Any Pagefind error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'raci-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!root) throw new Error('raci-pagefind: astro:config:done did not run.');
        // The same cached reading the content loaders validated: the primary edition, then its translations.
        const directory = contentDirectory(root);
        const { matrix } = loadValidContent(directory, root);
        const editions = [matrix, ...loadContent(directory, root).translations.map((translation) => translation.matrix)];

        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const perEdition = editions.map((edition) => ({ lang: edition.meta.lang, records: activityRecords(edition, base) }));
        const records = perEdition.flatMap((edition) => edition.records);
        try {
          // Matrix tables are left out by selector rather than by an attribute on each of them.
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['table.raci'] });
          check('create the index', errors);
          if (!index) throw new Error('Pagefind did not create an index.');
          for (const record of records) {
            check(`index activity ${record.url}`, (await index.addCustomRecord(record)).errors);
          }
          const pages = await index.addDirectory({ path: outDir });
          check('index the built pages', pages.errors);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          check('write the index', written.errors);
          const counts = perEdition.map((edition) => `${edition.lang} ${edition.records.length}`).join(', ');
          logger.info(
            `Indexed ${records.length} activities (${counts}) and ${pages.page_count} pages into ${path.relative(process.cwd(), written.outputPath)} in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
