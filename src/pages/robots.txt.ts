import type { APIRoute } from 'astro';
import { pathWithBase, urlWithBase } from '../shared/base';

/** Allows everything and points to the sitemap, both under the configured site and base. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${pathWithBase('/')}\n\nSitemap: ${urlWithBase('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
