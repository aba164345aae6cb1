import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { type Aliases, aliasProblems } from './permalinks.ts';

const anchorId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an anchor id: lower-case letters, digits and hyphens, without "#"');
const pagePath = z
  .string()
  .regex(/^\/([a-z0-9][a-z0-9._-]*\/)+$/, 'must be a site path without the base, starting and ending with "/", e.g. /phases/3/');

/** `content/aliases.yaml`: both maps optional, nothing else allowed. */
export const aliasesSchema = z.strictObject({
  anchors: z
    .record(anchorId, anchorId)
    .nullish()
    .transform((value) => value ?? {}),
  pages: z
    .record(pagePath, pagePath)
    .nullish()
    .transform((value) => value ?? {}),
});

export class AliasError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`${file} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AliasError';
  }
}

/** Parses and checks an alias file's text; throws an AliasError listing every problem. */
export function parseAliases(source: string, file = 'content/aliases.yaml'): Aliases {
  let data: unknown;
  try {
    data = parse(source) ?? {};
  } catch (error) {
    throw new AliasError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = aliasesSchema.safeParse(data);
  if (!result.success) {
    throw new AliasError(
      file,
      result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const problems = aliasProblems(result.data);
  if (problems.length > 0) throw new AliasError(file, problems);
  return result.data;
}

/**
 * Checks aliases against the site: an old id must really be gone (an alias never hides a live
 * anchor or page) and an anchor alias must lead to an anchor that exists.
 */
export function aliasSiteProblems(aliases: Aliases, site: { anchors: ReadonlySet<string>; pages: ReadonlySet<string> }): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(aliases.anchors)) {
    if (site.anchors.has(from)) problems.push(`anchors: "${from}" still exists on the site; remove its alias`);
    if (!site.anchors.has(to) && !Object.hasOwn(aliases.anchors, to)) problems.push(`anchors: "${from}" → "${to}": no such anchor`);
  }
  for (const from of Object.keys(aliases.pages)) {
    if (site.pages.has(from)) problems.push(`pages: "${from}" is still a page of the site; remove its alias`);
  }
  return problems;
}

/** The alias file next to the content (`RACI_CONTENT_DIR` or `content/`); no file means no aliases. */
export function aliasesFile(root = process.cwd()): string {
  return path.resolve(root, process.env.RACI_CONTENT_DIR ?? 'content', 'aliases.yaml');
}

export function loadAliases(file = aliasesFile()): Aliases {
  if (!existsSync(file)) return { anchors: {}, pages: {} };
  return parseAliases(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
}
