/**
 * Permalinks that never break: the committed list of public ids (pages and anchors), and its
 * checks against a build, with the aliases that keep renamed ids working.
 *
 * Imports carry their `.ts` extension: Node scripts (`ids:update`) run this module by type stripping.
 */
import { type Aliases, resolveAnchorAlias } from '../core/alias-chains.ts';

/** The committed list (tests/fixtures/public-ids.json): every public page and, per page, its anchors. */
export interface PublicIds {
  pages: string[];
  anchors: Record<string, string[]>;
}

/** One page of a build: its public anchors, or the page it redirects to. */
export interface BuiltPage {
  path: string;
  anchors: string[];
  redirectTo?: string | undefined;
}

/** Anchors that the site offers as permalinks: phases, sections and activities. */
export function isPublicAnchor(id: string): boolean {
  return /^(phase|section|activity)-\d/.test(id);
}

export interface IdCheck {
  /** Listed ids that no longer resolve: a broken link unless an alias is added. */
  missing: string[];
  /** Ids of the build that are not listed yet: run `npm run ids:update`. */
  unlisted: string[];
}

/** Follows redirect pages of the build to the page that holds the content. */
function landingPage(built: ReadonlyMap<string, BuiltPage>, path: string): BuiltPage | undefined {
  const seen = new Set<string>();
  let page = built.get(path);
  while (page?.redirectTo !== undefined && !seen.has(page.path)) {
    seen.add(page.path);
    page = built.get(page.redirectTo);
  }
  return page?.redirectTo === undefined ? page : undefined;
}

/** Compares the committed list with a build, taking aliases into account. */
export function checkPublicIds(committed: PublicIds, builtPages: readonly BuiltPage[], aliases: Aliases): IdCheck {
  const built = new Map(builtPages.map((page) => [page.path, page]));
  const missing: string[] = [];
  const unlisted: string[] = [];
  for (const path of committed.pages) {
    const landing = landingPage(built, path);
    if (!landing) {
      missing.push(`page ${path} is gone: add it under "pages" in content/aliases.yaml with the page that replaces it`);
      continue;
    }
    const here = new Set(landing.anchors);
    for (const id of committed.anchors[path] ?? []) {
      if (here.has(id) || resolveAnchorAlias(aliases, id, (candidate) => here.has(candidate))) continue;
      missing.push(`anchor ${path}#${id} is gone: add it under "anchors" in content/aliases.yaml with the id that replaces it`);
    }
  }
  const listedPages = new Set(committed.pages);
  for (const page of builtPages) {
    if (!listedPages.has(page.path)) unlisted.push(`page ${page.path}`);
    const listed = new Set(committed.anchors[page.path] ?? []);
    for (const id of page.anchors) if (!listed.has(id)) unlisted.push(`anchor ${page.path}#${id}`);
  }
  return { missing, unlisted };
}

/**
 * The committed list extended with a build's new pages and anchors. Listed ids are never dropped
 * (an alias keeps them working); anchor aliases that resolve on a page are listed for it too.
 */
export function extendPublicIds(committed: PublicIds, builtPages: readonly BuiltPage[], aliases: Aliases): PublicIds {
  const pages = new Set([...committed.pages, ...builtPages.map((page) => page.path)]);
  const anchors = new Map<string, Set<string>>();
  const add = (path: string, ids: Iterable<string>) => {
    const set = anchors.get(path) ?? new Set<string>();
    for (const id of ids) set.add(id);
    anchors.set(path, set);
  };
  for (const [path, ids] of Object.entries(committed.anchors)) add(path, ids);
  for (const page of builtPages) {
    if (page.redirectTo !== undefined) continue;
    const here = new Set(page.anchors);
    const aliased = Object.keys(aliases.anchors).filter((id) => resolveAnchorAlias(aliases, id, (c) => here.has(c)) !== undefined);
    add(page.path, [...page.anchors, ...aliased]);
  }
  const sorted = [...pages].sort();
  return {
    pages: sorted,
    anchors: Object.fromEntries(
      sorted.filter((path) => (anchors.get(path)?.size ?? 0) > 0).map((path) => [path, [...(anchors.get(path) ?? [])].sort()]),
    ),
  };
}
