import type { APIRoute } from 'astro';
import { matrixCsv } from '../../../../build/exports';
import type { Party } from '../../../../core/schema';
import { getMatrix } from '../../../../data/matrix';
import { dictionary } from '../../../../i18n/index';
import { partyPaths } from './_party-paths';

/** `/exports/parties/<party>.csv`: the activities in which the party holds a role. */
export const getStaticPaths = partyPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props, currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  return new Response(matrixCsv(meta.parties, phases, dictionary(currentLocale).exports, props.party), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
