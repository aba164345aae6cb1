import { getCollection, getEntry, render } from 'astro:content';
import type { Aliases } from '../core/alias-chains';
import type { Matrix } from '../core/schema';

let cached: Promise<Matrix> | undefined;

/** The validated matrix, read from the content collections once per build. */
export function getMatrix(): Promise<Matrix> {
  cached ??= (async () => {
    const entry = await getEntry('matrix', 'matrix');
    if (!entry) throw new Error('content/matrix.md is missing: it declares the parties and the legend.');
    const phases = (await getCollection('phases')).map((phase) => phase.data).sort((a, b) => a.number - b.number);
    return { meta: entry.data, phases };
  })();
  return cached;
}

/** The aliases of renamed anchors and pages (content/aliases.yaml), already checked against the site. */
export async function getAliases(): Promise<Aliases> {
  const entry = await getEntry('aliases', 'aliases');
  if (!entry) throw new Error('The aliases collection is empty: its loader did not run.');
  return entry.data;
}

/** The rendered "Objective" prose of `content/matrix.md`. */
export async function getObjective() {
  const entry = await getEntry('matrix', 'matrix');
  if (!entry) throw new Error('content/matrix.md is missing.');
  return (await render(entry)).Content;
}
