import type { APIRoute, GetStaticPaths } from 'astro';
import { matrixSheets } from '../../../build/exports';
import { getMatrix, inEveryEdition } from '../../../data/matrix';
import { dictionary } from '../../../i18n/index';
import { urlWithBase } from '../../../shared/base';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../../../shared/xlsx';

/** `/exports/raci-matrix.xlsx`: the whole matrix, then the legend. */
export const getStaticPaths = (() => inEveryEdition(async () => [{ params: {}, props: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  const sheets = matrixSheets(meta, phases, (path) => urlWithBase(path, { lang: currentLocale }), dictionary(currentLocale).exports);
  const bytes = await workbookBytes(sheets, { title: meta.title, created: new Date(`${meta.lastUpdated}T00:00:00Z`) });
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
