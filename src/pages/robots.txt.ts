import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/paths';

/** Allows everything and points to the sitemap, both under the configured site and base. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: ${import.meta.env.BASE_URL}\n\nSitemap: ${absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap-index.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
