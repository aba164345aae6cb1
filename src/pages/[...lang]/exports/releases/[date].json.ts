import type { APIRoute, GetStaticPaths } from 'astro';
import { type Release, serializeRelease } from '../../../../core/release';
import { inEveryEdition } from '../../../../data/matrix';
import { getChangeHistory } from '../../../../data/releases';

/** Every release, as written in the content folder's releases/: a customer keeps the version they accepted. */
export const getStaticPaths = (() =>
  inEveryEdition(async (lang) => {
    const { entries } = await getChangeHistory(lang);
    return entries.map(({ release }) => ({ params: { date: release.lastUpdated }, props: { release } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release }> = ({ props }) =>
  new Response(serializeRelease(props.release), { headers: { 'Content-Type': 'application/json' } });
