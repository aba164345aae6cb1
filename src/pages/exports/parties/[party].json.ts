import type { APIRoute } from 'astro';
import type { Party } from '../../../core/schema';
import { matrixExport } from '../../../site/exports';
import { getMatrix } from '../../../site/matrix';
import { absoluteUrl } from '../../../site/paths';
import { partyPaths } from './_party-paths';

/** `/exports/parties/<party>.json`: the activities in which the party holds a role. */
export const getStaticPaths = partyPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props, site }) => {
  const { meta, phases } = await getMatrix();
  const body = matrixExport(meta, phases, (path) => absoluteUrl(site, import.meta.env.BASE_URL, path), props.party);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
