/**
 * The site's base path (`/` or e.g. `/raci/`) and origin, read in one place, as Starlight's
 * `pathWithBase` does: Vite writes them into pages, components and browser code at build time.
 * Pages and components link with these, never reading `import.meta.env` themselves. Given a
 * language, a path is that edition's (`/fr/…`).
 */
import { localizedPath } from '../i18n/index.ts';
import { absoluteUrl, withBase } from './routes';

const BASE = import.meta.env.BASE_URL;
const SITE = import.meta.env.SITE;

/** A site path (`/phases/1-x/`, `search/`) under the configured base, in the edition of `lang`: `/raci/fr/phases/1-x/`. */
export function pathWithBase(path: string, lang?: string): string {
  return withBase(BASE, localizedPath(path, lang));
}

/** The absolute URL of a site path, from the configured site and base, in the edition of `lang`, with an optional fragment. */
export function urlWithBase(path: string, { fragment, lang }: { fragment?: string; lang?: string | undefined } = {}): string {
  return absoluteUrl(SITE, BASE, localizedPath(path, lang), fragment);
}

/** The site path of a page's URL path, without the configured base: `/raci/fr/phases/1-x/` → `/fr/phases/1-x/`. */
export function pathWithoutBase(pathname: string): string {
  const prefix = BASE.endsWith('/') ? BASE : `${BASE}/`;
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}
