// `npm run release`: writes the release of each edition of the content (content/, or RACI_CONTENT_DIR,
// and its translations such as content/fr/) whose content is not released yet, named by its
// lastUpdated. Refuses to overwrite a release: a new version needs a new date. Exits 1 when an
// edition's release could not be written.
import { contentDirectory } from '../src/node/content-folder.ts';
import { writeReleases } from '../src/node/release-writer.ts';

const { problems, outcomes } = writeReleases(contentDirectory());
if (problems) {
  console.error(problems);
  process.exit(1);
}
for (const outcome of outcomes) {
  const edition = `The ${outcome.lang} edition`;
  if (outcome.status === 'refused') {
    console.error(`${edition}: ${outcome.message}`);
    continue;
  }
  if (outcome.status === 'up-to-date') {
    console.log(`${edition} is released: its release of ${outcome.release.lastUpdated} is its content.`);
    continue;
  }
  const { file, release, previous, changes } = outcome;
  const activities = release.phases.flatMap((phase) => phase.sections.flatMap((section) => section.activities)).length;
  console.log(`${edition}: wrote ${file}, the release of ${release.lastUpdated}, ${activities} activities (${release.checksum}).`);
  if (!previous) console.log('It is the first release of this edition.');
  else if (changes.length === 0) console.log(`Nothing changed since the release of ${previous.lastUpdated} but the date.`);
  else {
    console.log(`Changes since the release of ${previous.lastUpdated}:`);
    for (const change of changes) console.log(`  - ${change}`);
  }
}
if (outcomes.some((outcome) => outcome.status === 'written')) console.log('Commit them with the content: releases never change.');
process.exitCode = outcomes.some((outcome) => outcome.status === 'refused') ? 1 : 0;
