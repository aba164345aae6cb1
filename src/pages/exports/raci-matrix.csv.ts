import type { APIRoute } from 'astro';
import { getMatrix } from '../../data/matrix';
import { matrixCsv } from '../../lib/raci/export';

export const GET: APIRoute = async () => {
  const { meta, phases } = await getMatrix();
  return new Response(matrixCsv(meta.parties, phases), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
