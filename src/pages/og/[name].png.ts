import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPng } from '../../node/render-png';
import { shareImageSvg } from '../../site/share-image';
import { allShares, type PageShare, shareFooter } from '../../site/share-pages';

/** One share image per page that has its own title: the matrix, each phase, each section. */
export const getStaticPaths = (async () => {
  const shares = await allShares(shareFooter(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined, import.meta.env.BASE_URL));
  return shares.map((share) => ({ params: { name: share.imageName }, props: { share } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ share: PageShare }> = ({ props }) =>
  new Response(renderPng(shareImageSvg(props.share.image)), { headers: { 'Content-Type': 'image/png' } });
