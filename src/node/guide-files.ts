/**
 * The guides' files (src/guides/*.mdx): site documentation in MDX, one page each at
 * /guides/<file name>/. They are not matrix content (raci-check does not read them), but their
 * pages are the site's: aliases in content/aliases.yaml may lead to them and must not hide them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `src/guides/`, or `RACI_GUIDES_DIR` (the tests build the site with a broken guide). */
export const GUIDES_DIRECTORY = process.env.RACI_GUIDES_DIR
  ? path.resolve(process.env.RACI_GUIDES_DIR)
  : fileURLToPath(new URL('../guides/', import.meta.url));

/** Drafts start with `_` and are skipped, as content files are. */
export const GUIDE_FILES_PATTERN = '[!_]*.mdx';

/** Set by scripts/build-cli.mjs: the bundled raci-check runs where the guides' files are not. */
declare const RACI_GUIDE_SLUGS: readonly string[] | undefined;

/** A guide's address comes from its file name: `how-to-read.mdx` → `how-to-read`. */
export function guideSlug(fileName: string): string {
  const slug = fileName.replace(/\.mdx$/, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(
      `${path.relative(process.cwd(), path.join(GUIDES_DIRECTORY, fileName))}: a guide's file name is its address (/guides/<name>/); use lower-case letters, digits and hyphens, e.g. using-the-checklist.mdx.`,
    );
  }
  return slug;
}

/** The slugs of every guide, in file-name order. */
export function guideSlugs(): string[] {
  if (typeof RACI_GUIDE_SLUGS !== 'undefined') return [...RACI_GUIDE_SLUGS];
  return readdirSync(GUIDES_DIRECTORY)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map(guideSlug);
}
