/**
 * The guides' files (`<content folder>/guides/*.mdx`): MDX pages about this matrix, one page each
 * at /guides/<file name>/. They live with the matrix they explain, since their example rows name
 * its activities: a content folder without `guides/` (a test fixture, the benchmark's synthetic
 * content) publishes no guides. Their pages are the site's: aliases may lead to them and must not
 * hide them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The guides' folder inside a content folder. */
export const GUIDES_FOLDER = 'guides';

/** Drafts start with `_` and are skipped, as content files are. */
export const GUIDE_FILES_PATTERN = '[!_]*.mdx';

/** A guide's address comes from its file name: `how-to-read.mdx` → `how-to-read`. */
export function guideSlug(fileName: string): string {
  const slug = fileName.replace(/\.mdx$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(
      `${GUIDES_FOLDER}/${fileName}: a guide's file name is its address (/guides/<name>/); use lower-case letters, digits and hyphens, e.g. using-the-checklist.mdx.`,
    );
  }
  return slug;
}

/** The paths of every guide of a content folder, in file-name order; none when it has no `guides/`. */
export function guideFileNames(contentDirectory: string): string[] {
  const folder = path.join(contentDirectory, GUIDES_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => path.join(folder, name));
}

/** The slugs of every guide of a content folder, in file-name order; none when it has no `guides/`. */
export function guideSlugs(contentDirectory: string): string[] {
  return guideFileNames(contentDirectory).map((file) => guideSlug(path.basename(file)));
}
