import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { builtPages, readBuiltSite } from '../../scripts/lib/built-site.mjs';
import { checkPublicIds, isPublicAnchor, type PublicIds } from '../../src/build/permalinks.ts';
import { contentDirectory, loadValidContent } from '../../src/node/content-folder.ts';
import { builtBase, builtDir } from './built-dir';

/**
 * Permalinks never break: every page and anchor in tests/fixtures/public-ids.json must still exist
 * in the build, or be kept working by an alias (content/aliases.yaml); and the list must be
 * complete, so a new id cannot be published without being protected from then on.
 */
test('the build keeps every listed public id, and every public id is listed', () => {
  const committed = JSON.parse(readFileSync('tests/fixtures/public-ids.json', 'utf8')) as PublicIds;
  const pages = builtPages(readBuiltSite(builtDir), builtBase, isPublicAnchor);
  const { missing, unlisted } = checkPublicIds(committed, pages, loadValidContent(contentDirectory()).aliases);
  expect(missing, 'ids that would break links already sent: add an alias in content/aliases.yaml').toEqual([]);
  expect(unlisted, 'new ids: run `npm run ids:update` and commit tests/fixtures/public-ids.json').toEqual([]);
});
