import type { APIRoute } from 'astro';
import { changesFeed } from '../site/feed';
import { getMatrix } from '../site/matrix';
import { absoluteUrl } from '../site/paths';
import { getChangeHistory } from '../site/releases';

/** The Atom feed of the changes: one entry per release. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await getChangeHistory();
  const xml = changesFeed(await getMatrix(), entries, (path) => absoluteUrl(site, import.meta.env.BASE_URL, path));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
