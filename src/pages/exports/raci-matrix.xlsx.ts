import type { APIRoute } from 'astro';
import { matrixSheets } from '../../build/exports';
import { getMatrix } from '../../data/matrix';
import { urlWithBase } from '../../shared/base';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../../shared/xlsx';

/** `/exports/raci-matrix.xlsx`: the whole matrix, then the legend. */
export const GET: APIRoute = async () => {
  const { meta, phases } = await getMatrix();
  const sheets = matrixSheets(meta, phases, (path) => urlWithBase(path));
  const bytes = await workbookBytes(sheets, { title: meta.title, created: new Date(`${meta.lastUpdated}T00:00:00Z`) });
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
