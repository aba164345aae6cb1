import type { APIRoute } from 'astro';
import { matrixCsv } from '../../build/exports';
import { getMatrix } from '../../data/matrix';

export const GET: APIRoute = async () => {
  const { meta, phases } = await getMatrix();
  return new Response(matrixCsv(meta.parties, phases), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
