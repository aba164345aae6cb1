import type { APIRoute } from 'astro';
import { matrixExport } from '../../site/exports';
import { getMatrix } from '../../site/matrix';
import { absoluteUrl } from '../../site/paths';

export const GET: APIRoute = async ({ site }) => {
  const { meta, phases } = await getMatrix();
  const body = matrixExport(meta, phases, (path) => absoluteUrl(site, import.meta.env.BASE_URL, path));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
