import type { APIRoute, GetStaticPaths } from 'astro';
import { matrixCsv } from '../../../../build/exports';
import type { Party } from '../../../../core/schema';
import { getMatrix, partyPaths } from '../../../../data/matrix';
import { dictionary } from '../../../../i18n/index';

/** `/exports/parties/<party>.csv`: the activities in which the party holds a role. */
export const getStaticPaths = partyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props, currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  return new Response(matrixCsv(meta.parties, phases, dictionary(currentLocale).exports, props.party), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
