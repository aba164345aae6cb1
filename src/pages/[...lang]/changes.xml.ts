import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFeed } from '../../build/feed';
import { getMatrix, inEveryEdition } from '../../data/matrix';
import { getChangeHistory } from '../../data/releases';
import { urlWithBase } from '../../shared/base';

export const getStaticPaths = (() => inEveryEdition(async () => [{ params: {}, props: {} }])) satisfies GetStaticPaths;

/** The Atom feed of an edition's changes: one entry per release. */
export const GET: APIRoute = async ({ currentLocale }) => {
  const { entries } = await getChangeHistory(currentLocale);
  const xml = changesFeed(await getMatrix(currentLocale), entries, (path) => urlWithBase(path, { lang: currentLocale }));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
