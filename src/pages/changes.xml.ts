import type { APIRoute } from 'astro';
import { changesFeed } from '../build/feed';
import { getMatrix } from '../data/matrix';
import { getChangeHistory } from '../data/releases';
import { urlWithBase } from '../shared/base';

/** The Atom feed of the changes: one entry per release. */
export const GET: APIRoute = async () => {
  const { entries } = await getChangeHistory();
  const xml = changesFeed(await getMatrix(), entries, (path) => urlWithBase(path));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
