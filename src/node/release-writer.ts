/**
 * `npm run release`: writes the release of each edition whose content is not released yet (the
 * primary edition's into `releases/`, a translation's into `<lang>/releases/`), named by its
 * `lastUpdated`. Each edition keeps its own releases and history. A release is never overwritten,
 * so a new version needs a new date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareReleases } from '../core/compare.ts';
import type { Content } from '../core/content.ts';
import { ContentError } from '../core/problems.ts';
import { contentOf, type Release, releaseFileName, releaseOf, serializeRelease } from '../core/release.ts';
import { changeLines, changeWording } from '../shared/change-wording.ts';
import { CONTENT_LAYOUT, loadContent, translationFolders } from './content-folder.ts';

/** What `npm run release` did for one edition. */
export type ReleaseOutcome =
  | { status: 'written'; lang: string; file: string; release: Release; previous: Release | undefined; changes: string[] }
  | { status: 'up-to-date'; lang: string; release: Release }
  | { status: 'refused'; lang: string; message: string };

/** Writes the release of every edition that needs one; refuses for the content as a whole when it is not valid. */
export function writeReleases(
  directory: string,
  displayRoot = process.cwd(),
): { problems: string | undefined; outcomes: ReleaseOutcome[] } {
  // The content may differ from its newest releases (that is why one releases), but must be valid.
  const { content, translations, problems } = loadContent(directory, displayRoot, { allowUnreleased: true });
  if (!content) return { problems: new ContentError(problems).message, outcomes: [] };
  const folders = [directory, ...translationFolders(directory)];
  const outcomes = [content, ...translations].map((edition, index) => releaseEdition(edition, folders[index] ?? directory, displayRoot));
  return { problems: undefined, outcomes };
}

function releaseEdition(edition: Content, directory: string, displayRoot: string): ReleaseOutcome {
  const lang = edition.matrix.meta.lang;
  const release = releaseOf(edition.matrix);
  const previous = edition.releases.at(-1);
  if (previous?.checksum === release.checksum) return { status: 'up-to-date', lang, release };
  const date = release.lastUpdated;
  const shown = (absolute: string) => path.relative(displayRoot, absolute).split(path.sep).join('/');
  const absolute = path.join(directory, CONTENT_LAYOUT.releases, releaseFileName(date));
  const file = shown(absolute);
  const newDate = `change lastUpdated in ${shown(path.join(directory, CONTENT_LAYOUT.matrix))} to the date of the new version, then run \`npm run release\` again`;
  if (edition.releases.some((existing) => existing.lastUpdated === date)) {
    return {
      status: 'refused',
      lang,
      message: `Not written: the release of ${date} already exists (${file}), and a release never changes. To publish a new version, ${newDate}.`,
    };
  }
  if (previous && previous.lastUpdated > date) {
    return {
      status: 'refused',
      lang,
      message: `Not written: lastUpdated ${date} is older than the newest release, ${previous.lastUpdated}: ${newDate}.`,
    };
  }
  mkdirSync(path.dirname(absolute), { recursive: true });
  // `wx`: fails rather than overwrite a file that appeared meanwhile.
  writeFileSync(absolute, serializeRelease(release), { flag: 'wx' });
  const changes = previous
    ? changeLines(
        changeWording('en', [...release.parties, ...previous.parties], release.roles),
        compareReleases(contentOf(previous), contentOf(release), edition.aliases),
      )
    : [];
  return { status: 'written', lang, file, release, previous, changes };
}
