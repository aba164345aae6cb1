import type { APIRoute } from 'astro';
import { matrixExport } from '../../build/exports';
import { getMatrix } from '../../data/matrix';
import { urlWithBase } from '../../shared/base';

export const GET: APIRoute = async () => {
  const { meta, phases } = await getMatrix();
  const body = matrixExport(meta, phases, (path) => urlWithBase(path));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
