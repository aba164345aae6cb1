import type { RoleLetter } from '../core/letters.ts';
import type { Release } from '../core/release.ts';
import type { Matrix, Section } from '../core/schema.ts';

/** Joins the configured base (e.g. `/` or `/raci/`) with a site path such as `phases/1-x/`. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/**
 * The element id a URL fragment names (`#section-1`, or `section-1` without the `#`), or undefined
 * when its percent-encoding is malformed (`#%E0`): anyone can type or link such a URL, and
 * decodeURIComponent throws on it.
 */
export function fragmentId(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}

export type ExportFormat = 'csv' | 'json' | 'xlsx';

/**
 * The address of a letter's page for a party (`/parties/customer/responsible/`): the same in every
 * edition, whatever each edition's legend calls the letter, so that a page's editions differ only
 * by their language prefix.
 */
export const ROLE_SLUGS: Readonly<Record<RoleLetter, string>> = { R: 'responsible', A: 'accountable', C: 'consulted', I: 'informed' };

/** Site paths of the pages and files, without the base. */
export const routes = {
  matrix: () => '/',
  search: () => '/search/',
  phase: (slug: string) => `/phases/${slug}/`,
  /** A section's page, named by its id (the same in every edition): `/sections/3-1-2-access-management/`. */
  section: (section: Pick<Section, 'id'>) => `/sections/${section.id.replace(/^section-/, '')}/`,
  /** The share image (Open Graph / Twitter card) of a page, by name: `matrix`, a phase or section id. */
  shareImage: (name: string) => `/og/${name}.png`,
  party: (partyId: string) => `/parties/${partyId}/`,
  /** A party's activities for one role (`responsible`…), the role filter without JavaScript. */
  partyRole: (partyId: string, letter: RoleLetter) => `/parties/${partyId}/${ROLE_SLUGS[letter]}/`,
  /** A party's share of the matrix as a tracked work list (R and A activities). */
  checklist: (partyId: string) => `/parties/${partyId}/checklist/`,
  /** The words a checklist writes only when the reader imports or exports a spreadsheet (JSON). */
  checklistWords: () => '/checklist-words.json',
  /** The guides (content/guides/*.mdx): their list, and one page per guide, by file name. */
  guides: () => '/guides/',
  guide: (slug: string) => `/guides/${slug}/`,
  matrixExport: (format: ExportFormat) => `/exports/raci-matrix.${format}`,
  partyExport: (partyId: string, format: ExportFormat) => `/exports/parties/${partyId}.${format}`,
  /** Every release, newest first, and the Atom feed of the changes. */
  changes: () => '/changes/',
  changesFeed: () => '/changes.xml',
  /** What changed in the release of a date (YYYY-MM-DD). */
  release: (date: string) => `/changes/${date}/`,
  releaseExport: (date: string) => `/exports/releases/${date}.json`,
} as const;

/**
 * Every page a matrix, its releases and the guides (by slug) give the site, as site paths: what an
 * alias in content/aliases.yaml may lead to, and must not hide.
 */
export function sitePagePaths(
  { meta, phases }: Matrix,
  releases: readonly Pick<Release, 'lastUpdated'>[] = [],
  guideSlugs: readonly string[] = [],
): string[] {
  return [
    routes.matrix(),
    routes.search(),
    routes.changes(),
    ...releases.map((release) => routes.release(release.lastUpdated)),
    routes.guides(),
    ...guideSlugs.map(routes.guide),
    ...phases.map((phase) => routes.phase(phase.slug)),
    ...phases.flatMap((phase) => phase.sections.map(routes.section)),
    ...meta.parties.flatMap((party) => [
      routes.party(party.id),
      routes.checklist(party.id),
      ...meta.roles.map((role) => routes.partyRole(party.id, role.letter)),
    ]),
  ];
}

/** Every file a matrix and its releases give the site besides pages: the exports and the feed. */
export function siteFilePaths({ meta }: Matrix, releases: readonly Pick<Release, 'lastUpdated'>[] = []): string[] {
  const formats: ExportFormat[] = ['csv', 'json', 'xlsx'];
  return [
    ...formats.map(routes.matrixExport),
    ...meta.parties.flatMap((party) => formats.map((format) => routes.partyExport(party.id, format))),
    ...releases.map((release) => routes.releaseExport(release.lastUpdated)),
    routes.changesFeed(),
  ];
}

/** Absolute URL of a site path, from the configured site and base, with an optional fragment. */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string, fragment?: string): string {
  const url = new URL(withBase(base, path), site ?? 'http://localhost/');
  if (fragment) url.hash = fragment;
  return url.href;
}
