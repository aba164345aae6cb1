/**
 * The site's base path (`/` or e.g. `/raci/`) and origin, read in one place, as Starlight's
 * `pathWithBase` does: Vite writes them into pages, components and browser code at build time.
 * Pages and components link with these, never reading `import.meta.env` themselves.
 */
import { absoluteUrl, withBase } from './routes';

const BASE = import.meta.env.BASE_URL;
const SITE = import.meta.env.SITE;

/** A site path (`/phases/1-x/`, `search/`) under the configured base: `/raci/phases/1-x/`. */
export function pathWithBase(path: string): string {
  return withBase(BASE, path);
}

/** The absolute URL of a site path, from the configured site and base, with an optional fragment. */
export function urlWithBase(path: string, fragment?: string): string {
  return absoluteUrl(SITE, BASE, path, fragment);
}
