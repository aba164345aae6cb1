import type { APIRoute, GetStaticPaths } from 'astro';
import { allShares, type PageShare, shareFooter } from '../../data/share-pages';
import { renderPng } from '../../lib/site/render-png';
import { shareImageSvg } from '../../lib/site/share-image';

/** One share image per page that has its own title: the matrix, each phase, each section. */
export const getStaticPaths = (async () => {
  const shares = await allShares(shareFooter(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined, import.meta.env.BASE_URL));
  return shares.map((share) => ({ params: { name: share.imageName }, props: { share } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ share: PageShare }> = ({ props }) =>
  new Response(renderPng(shareImageSvg(props.share.image)), { headers: { 'Content-Type': 'image/png' } });
