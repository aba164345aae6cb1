import type { APIRoute, GetStaticPaths } from 'astro';
import { matrixExport } from '../../../build/exports';
import { getMatrix, inEveryEdition } from '../../../data/matrix';
import { urlWithBase } from '../../../shared/base';

export const getStaticPaths = (() => inEveryEdition(async () => [{ params: {}, props: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ currentLocale }) => {
  const { meta, phases } = await getMatrix(currentLocale);
  const body = matrixExport(meta, phases, (path) => urlWithBase(path, { lang: currentLocale }));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
