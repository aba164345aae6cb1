// `npm run ids:update`: after an intentional addition, adds the new public pages and anchors of the
// build (OUT_DIR, default dist/) to tests/fixtures/public-ids.json. Refuses while a listed id is
// gone without an alias in content/aliases.yaml: ids are never dropped from the list.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkPublicIds, extendPublicIds, isPublicAnchor } from '../src/build/permalinks.ts';
import { base, outDir } from '../src/config/deploy-env.mjs';
import { contentDirectory, loadValidContent } from '../src/node/content-folder.ts';
import { builtPages, readBuiltSite } from './lib/built-site.mjs';

const LIST = 'tests/fixtures/public-ids.json';
const committed = existsSync(LIST) ? JSON.parse(readFileSync(LIST, 'utf8')) : { pages: [], anchors: {} };
const { aliases } = loadValidContent(contentDirectory());
const pages = builtPages(readBuiltSite(outDir), base, isPublicAnchor);
const { missing } = checkPublicIds(committed, pages, aliases);
if (missing.length > 0) {
  console.error(`Not updated: ${missing.length} listed id(s) would break old links.`);
  for (const problem of missing) console.error(`  ${problem}`);
  process.exit(1);
}
const next = extendPublicIds(committed, pages, aliases);
writeFileSync(LIST, `${JSON.stringify(next, null, 2)}\n`);
const count = (ids) => ids.pages.length + Object.values(ids.anchors).flat().length;
console.log(`${LIST}: ${count(next)} public ids (${count(next) - count(committed)} added)`);
