/**
 * `npm run release`: writes the release of the current content into the content folder's
 * `releases/`, named by its `lastUpdated`. A release is never overwritten, so a new version needs a
 * new date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareReleases } from '../core/compare.ts';
import { ContentError } from '../core/problems.ts';
import { contentOf, type Release, releaseFileName, releaseOf, serializeRelease } from '../core/release.ts';
import { changeLines, changeWording } from '../shared/change-wording.ts';
import { CONTENT_LAYOUT, loadContent } from './content-folder.ts';

export type ReleaseOutcome =
  | { written: true; file: string; release: Release; previous: Release | undefined; changes: string[] }
  | { written: false; message: string };

export function writeRelease(directory: string, displayRoot = process.cwd()): ReleaseOutcome {
  // The content may differ from the newest release (that is why one releases), but must be valid.
  const { content, problems } = loadContent(directory, displayRoot, { allowUnreleased: true });
  if (!content) return { written: false, message: new ContentError(problems).message };
  const release = releaseOf(content.matrix);
  const date = release.lastUpdated;
  const absolute = path.join(directory, CONTENT_LAYOUT.releases, releaseFileName(date));
  const file = path.relative(displayRoot, absolute).split(path.sep).join('/');
  const matrixFile = path.relative(displayRoot, path.join(directory, CONTENT_LAYOUT.matrix)).split(path.sep).join('/');
  const newDate = `change lastUpdated in ${matrixFile} to the date of the new version, then run \`npm run release\` again`;
  const previous = content.releases.at(-1);
  if (content.releases.some((existing) => existing.lastUpdated === date)) {
    return {
      written: false,
      message: `Not written: the release of ${date} already exists (${file}), and a release never changes. To publish a new version, ${newDate}.`,
    };
  }
  if (previous && previous.lastUpdated > date) {
    return {
      written: false,
      message: `Not written: lastUpdated ${date} is older than the newest release, ${previous.lastUpdated}: ${newDate}.`,
    };
  }
  mkdirSync(path.dirname(absolute), { recursive: true });
  // `wx`: fails rather than overwrite a file that appeared meanwhile.
  writeFileSync(absolute, serializeRelease(release), { flag: 'wx' });
  const changes = previous
    ? changeLines(
        changeWording('en', [...release.parties, ...previous.parties], release.roles),
        compareReleases(contentOf(previous), contentOf(release), content.aliases),
      )
    : [];
  return { written: true, file, release, previous, changes };
}
