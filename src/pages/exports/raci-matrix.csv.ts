import type { APIRoute } from 'astro';
import { matrixCsv } from '../../site/exports';
import { getMatrix } from '../../site/matrix';

export const GET: APIRoute = async () => {
  const { meta, phases } = await getMatrix();
  return new Response(matrixCsv(meta.parties, phases), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
