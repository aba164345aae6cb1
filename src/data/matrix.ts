import { getCollection, getEntry, render } from 'astro:content';
import type { MatrixMeta } from '../lib/raci/read-matrix';
import type { Phase } from '../lib/raci/types';

export interface SiteMatrix {
  meta: MatrixMeta;
  phases: Phase[];
}

let cached: Promise<SiteMatrix> | undefined;

/** The validated matrix, read from the content collections once per build. */
export function getMatrix(): Promise<SiteMatrix> {
  cached ??= (async () => {
    const entry = await getEntry('matrix', 'matrix');
    if (!entry) throw new Error('content/matrix.md is missing: it declares the parties and the legend.');
    const phases = (await getCollection('phases')).map((phase) => phase.data).sort((a, b) => a.number - b.number);
    return { meta: entry.data as MatrixMeta, phases };
  })();
  return cached;
}

/** The rendered "Objective" prose of `content/matrix.md`. */
export async function getObjective() {
  const entry = await getEntry('matrix', 'matrix');
  if (!entry) throw new Error('content/matrix.md is missing.');
  return (await render(entry)).Content;
}
