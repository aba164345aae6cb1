import type { APIRoute, GetStaticPaths } from 'astro';
import { matrixCsv } from '../../../build/exports';
import { getMatrix, inEveryEdition } from '../../../data/matrix';
import { dictionary } from '../../../i18n/index';

export const getStaticPaths = (() => inEveryEdition(async () => [{ params: {}, props: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  return new Response(matrixCsv(meta.parties, phases, dictionary(currentLocale).exports), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
