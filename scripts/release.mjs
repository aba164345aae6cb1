// `npm run release`: writes the release of the current content (content/, or RACI_CONTENT_DIR) to
// its releases/ folder, named by lastUpdated. Refuses to overwrite a release: a new version needs a
// new date. Exits 1 when nothing was written.
import { contentDirectory } from '../src/node/content-folder.ts';
import { writeRelease } from '../src/node/release-writer.ts';

const outcome = writeRelease(contentDirectory());
if (!outcome.written) {
  console.error(outcome.message);
  process.exit(1);
}
const { file, release, previous, changes } = outcome;
const activities = release.phases.flatMap((phase) => phase.sections.flatMap((section) => section.activities)).length;
console.log(`Wrote ${file}: the release of ${release.lastUpdated}, ${activities} activities (${release.checksum}).`);
if (!previous) console.log('It is the first release of this content.');
else if (changes.length === 0) console.log(`Nothing changed since the release of ${previous.lastUpdated} but the date.`);
else {
  console.log(`Changes since the release of ${previous.lastUpdated}:`);
  for (const change of changes) console.log(`  - ${change}`);
}
console.log('Commit it with the content: releases never change.');
