import type { APIRoute } from 'astro';
import type { Party } from '../../../core/schema';
import { matrixSheets } from '../../../site/exports';
import { getMatrix } from '../../../site/matrix';
import { absoluteUrl } from '../../../site/paths';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../../../site/xlsx';
import { partyPaths } from './_party-paths';

/** `/exports/parties/<party>.xlsx`: the activities in which the party holds a role, then the legend. */
export const getStaticPaths = partyPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props, site }) => {
  const { meta, phases } = await getMatrix();
  const sheets = matrixSheets(meta, phases, (path) => absoluteUrl(site, import.meta.env.BASE_URL, path), props.party);
  const bytes = await workbookBytes(sheets, { title: meta.title, created: new Date(`${meta.lastUpdated}T00:00:00Z`) });
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
