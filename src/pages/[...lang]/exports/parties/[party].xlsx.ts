import type { APIRoute, GetStaticPaths } from 'astro';
import { matrixSheets } from '../../../../build/exports';
import type { Party } from '../../../../core/schema';
import { getMatrix, partyPaths } from '../../../../data/matrix';
import { dictionary } from '../../../../i18n/index';
import { urlWithBase } from '../../../../shared/base';
import { workbookBytes, XLSX_MEDIA_TYPE } from '../../../../shared/xlsx';

/** `/exports/parties/<party>.xlsx`: the activities in which the party holds a role, then the legend. */
export const getStaticPaths = partyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ party: Party }> = async ({ props, currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  const sheets = matrixSheets(
    meta,
    phases,
    (path) => urlWithBase(path, { lang: currentLocale }),
    dictionary(currentLocale).exports,
    props.party,
  );
  const bytes = await workbookBytes(sheets, { title: meta.title, created: new Date(`${meta.lastUpdated}T00:00:00Z`) });
  return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
