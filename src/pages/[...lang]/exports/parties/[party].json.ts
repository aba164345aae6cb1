import type { APIRoute, GetStaticPaths } from 'astro';
import { matrixExport } from '../../../../build/exports';
import type { Party } from '../../../../core/schema';
import { getMatrix, partyPaths } from '../../../../data/matrix';
import { urlWithBase } from '../../../../shared/base';

/** `/exports/parties/<party>.json`: the activities in which the party holds a role. */
export const getStaticPaths = partyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props, currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  const body = matrixExport(meta, phases, (path) => urlWithBase(path, { lang: currentLocale }), props.party);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
