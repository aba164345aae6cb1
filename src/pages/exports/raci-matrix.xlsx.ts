import type { APIRoute } from 'astro';
import { matrixSheets } from '../../site/exports';
import { getMatrix } from '../../site/matrix';
import { absoluteUrl } from '../../site/paths';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../../site/xlsx';

/** `/exports/raci-matrix.xlsx`: the whole matrix, then the legend. */
export const GET: APIRoute = async ({ site }) => {
  const { meta, phases } = await getMatrix();
  const sheets = matrixSheets(meta, phases, (path) => absoluteUrl(site, import.meta.env.BASE_URL, path));
  const bytes = await workbookBytes(sheets, { title: meta.title, created: new Date(`${meta.lastUpdated}T00:00:00Z`) });
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
