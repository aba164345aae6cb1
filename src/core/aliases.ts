import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { type Aliases, aliasChain } from './alias-chains.ts';
import { yamlData } from './markdown.ts';
import { type ContentProblem, ProblemCollector, schemaIssues } from './problems.ts';
import type { SourceFile } from './read-matrix.ts';
import { checkControlCharacters } from './text-rules.ts';

export const anchorIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an anchor id: lower-case letters, digits and hyphens, without "#"');
const pagePath = z
  .string()
  .regex(/^\/([a-z0-9][a-z0-9._-]*\/)*$/, 'must be a site path without the base, starting and ending with "/", e.g. /phases/3/');

/** `content/aliases.yaml`: both maps optional, nothing else allowed. */
export const aliasesSchema = z.strictObject({
  anchors: z
    .record(anchorIdSchema, anchorIdSchema)
    .nullish()
    .transform((value) => value ?? {}),
  pages: z
    .record(pagePath, pagePath)
    .nullish()
    .transform((value) => value ?? {}),
});

export const NO_ALIASES: Aliases = { anchors: {}, pages: {} };

/** What an alias may lead to, and must not hide: the ids and page paths a matrix gives the site. */
export interface LiveIds {
  anchors: ReadonlySet<string>;
  /** Unknown to callers that do not build pages: page aliases are then checked alone. */
  pages?: ReadonlySet<string> | undefined;
}

type Kind = keyof Aliases;

/**
 * Reads `content/aliases.yaml` and checks it, alone and against the live ids of the site: an alias
 * never hides a live anchor or page, and leads to one that exists. Every problem is located on the
 * line of its key.
 */
export function readAliases(file: SourceFile, live?: LiveIds): { aliases: Aliases | undefined; problems: ContentProblem[] } {
  const problems = new ProblemCollector(file.file);
  checkControlCharacters(file.source, problems);
  const lineCounter = new LineCounter();
  const document = parseDocument(file.source, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      problems.add('aliases-yaml', error.message.split('\n')[0] ?? 'Invalid YAML', '', line, col);
    }
    return { aliases: undefined, problems: problems.inLineOrder() };
  }
  /**
   * Line and column of a key (`anchors`, or an old id under it), or of its value; the start of the
   * file when it cannot be found.
   */
  const placeOf = (path: readonly (string | number)[], part: 'key' | 'value' = 'key'): [line: number, column: number] => {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    if (!isMap(parent)) return [1, 1];
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
    const node = part === 'key' ? pair?.key : pair?.value;
    const offset = isScalar(node) ? node.range?.[0] : undefined;
    if (offset === undefined) return [1, 1];
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
  };

  const read = yamlData(document, lineCounter);
  if ('unreadable' in read) {
    const { message, line, column } = read.unreadable;
    problems.add('aliases-yaml', message, '', line, column);
    return { aliases: undefined, problems: problems.inLineOrder() };
  }
  const result = aliasesSchema.safeParse(read.data ?? {});
  if (!result.success) {
    for (const { path, message, unknownKey } of schemaIssues(result.error)) {
      const value = unknownKey ?? String(path.at(-1) ?? '');
      problems.add('aliases-invalid', `${path.join('.') || 'The file'}: ${message}`, value, ...placeOf(path));
    }
    return { aliases: undefined, problems: problems.inLineOrder() };
  }
  const aliases = result.data;

  for (const kind of ['anchors', 'pages'] as const satisfies Kind[]) {
    for (const [from, to] of Object.entries(aliases[kind])) {
      const place = placeOf([kind, from]);
      if (from === to) {
        problems.add('alias-cycle', `${kind}: "${from}" is an alias of itself.`, from, ...place);
        continue;
      }
      if (aliasChain(aliases[kind], from).cycle) {
        problems.add('alias-cycle', `${kind}: "${from}" → "${to}" is part of a cycle.`, from, ...place);
        continue;
      }
      const liveIds = live?.[kind];
      if (!liveIds) continue;
      if (liveIds.has(from)) {
        problems.add(
          'alias-shadowed',
          `${kind}: "${from}" is still live on the site, so its alias would never be used; remove it.`,
          from,
          ...place,
        );
      }
      // An old anchor lands on the first live id of its chain; an old page on the chain's last page.
      const hops = aliasChain(aliases[kind], from).hops;
      const lands = kind === 'anchors' ? hops.some((id) => liveIds.has(id)) : liveIds.has(hops.at(-1) ?? to);
      if (!lands) {
        problems.add(
          'alias-target-missing',
          `${kind}: "${from}" leads to "${to}", which is not on the site.`,
          to,
          ...placeOf([kind, from], 'value'),
        );
      }
    }
  }
  return { aliases: problems.problems.length > 0 ? undefined : aliases, problems: problems.inLineOrder() };
}
