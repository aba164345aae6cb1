import { slugify } from '../raci/slugs';
import { withBase } from './paths';

/** URL segment of a section page, from its number and title: `3-1-2-access-management`. */
export function sectionSlug(number: string, title: string): string {
  return `${number.replaceAll('.', '-')}-${slugify(title)}`;
}

/** Absolute URL of a site path, from the configured site and base, with an optional fragment. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string, fragment?: string): string {
  const url = new URL(withBase(base, path), site ?? 'http://localhost/');
  if (fragment) url.hash = fragment;
  return url.href;
}

/** A section and every section below it (3.1 → 3.1, 3.1.1, 3.1.2…), in document order. */
export function sectionFamily<S extends { number: string }>(sections: readonly S[], section: S): S[] {
  return sections.filter((candidate) => candidate.number === section.number || candidate.number.startsWith(`${section.number}.`));
}
