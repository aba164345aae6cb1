/**
 * Following aliases (old id → new id) from `content/aliases.yaml`. No imports: the tiny script that
 * forwards old `#anchors` in the browser uses this module too.
 */

/** Old → new ids. Pages are site paths without the base: `/phases/3/`. */
export interface Aliases {
  anchors: Record<string, string>;
  pages: Record<string, string>;
}

/** Follows `map` from `start`; the chain of ids after it, stopping before any repeat. */
export function aliasChain(map: Record<string, string>, start: string): { hops: string[]; cycle: boolean } {
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
  return aliasChain(aliases.anchors, id).hops.find(exists);
}

/** The page an old page redirects to, following chains; undefined when the page has no alias. */
export function resolvePageAlias(aliases: Pick<Aliases, 'pages'>, path: string): string | undefined {
  return aliasChain(aliases.pages, path).hops.at(-1);
}
