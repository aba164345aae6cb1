import type { APIRoute } from 'astro';
import type { Party } from '../../../core/schema';
import { matrixCsv } from '../../../site/exports';
import { getMatrix } from '../../../site/matrix';
import { partyPaths } from './_party-paths';

/** `/exports/parties/<party>.csv`: the activities in which the party holds a role. */
export const getStaticPaths = partyPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props }) => {
  const { meta, phases } = await getMatrix();
  return new Response(matrixCsv(meta.parties, phases, props.party), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
