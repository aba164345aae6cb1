/**
 * Permalinks that never break: the committed list of public ids (pages and anchors), the aliases
 * that keep renamed ones working, and the checks between the two and a build.
 *
 * No imports: this module runs in the browser (anchor aliases), in Node scripts (`ids:update`, via
 * type stripping), in Vitest and in Playwright.
 */

/** Old → new ids, from `content/aliases.yaml`. Pages are site paths without the base: `/phases/3/`. */
export interface Aliases {
  anchors: Record<string, string>;
  pages: Record<string, string>;
}

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

/** Follows `map` from `start`; the chain of ids after it, stopping before any repeat. */
function chain(map: Record<string, string>, start: string): { hops: string[]; cycle: boolean } {
  const hops: string[] = [];
  const seen = new Set([start]);
  let current = start;
  while (Object.hasOwn(map, current)) {
    const next = map[current] as string;
    if (seen.has(next)) return { hops, cycle: true };
    seen.add(next);
    hops.push(next);
    current = next;
  }
  return { hops, cycle: false };
}

/**
 * Where an old anchor lives now: the first id along its alias chain that `exists` on this page, or
 * undefined when the id has no alias or none of its successors is here.
 */
export function resolveAnchorAlias(aliases: Pick<Aliases, 'anchors'>, id: string, exists: (id: string) => boolean): string | undefined {
  return chain(aliases.anchors, id).hops.find(exists);
}

/** The page an old page redirects to, following chains; undefined when the page has no alias. */
export function resolvePageAlias(aliases: Pick<Aliases, 'pages'>, path: string): string | undefined {
  return chain(aliases.pages, path).hops.at(-1);
}

/** Structural problems of an alias file: self-references and cycles. */
export function aliasProblems(aliases: Aliases): string[] {
  const problems: string[] = [];
  for (const [kind, map] of [
    ['anchors', aliases.anchors],
    ['pages', aliases.pages],
  ] as const) {
    for (const [from, to] of Object.entries(map)) {
      if (from === to) problems.push(`${kind}: "${from}" is an alias of itself`);
      else if (chain(map, from).cycle) problems.push(`${kind}: "${from}" → "${to}" is part of a cycle`);
    }
  }
  return problems;
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
