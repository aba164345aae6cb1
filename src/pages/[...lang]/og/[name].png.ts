import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImageSvg } from '../../../build/share-image';
import { allShares, type PageShare, shareFooter } from '../../../build/share-pages';
import { inEveryEdition } from '../../../data/matrix';
import { renderPng } from '../../../node/render-png';
import { urlWithBase } from '../../../shared/base';

/** One share image per page that has its own title: the matrix, each phase, each section. */
export const getStaticPaths = (() =>
  inEveryEdition(async (lang) => {
    const shares = await allShares(shareFooter(urlWithBase('/', { lang })), lang);
    return shares.map((share) => ({ params: { name: share.imageName }, props: { share } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ share: PageShare }> = ({ props }) =>
  new Response(renderPng(shareImageSvg(props.share.image)), { headers: { 'Content-Type': 'image/png' } });
