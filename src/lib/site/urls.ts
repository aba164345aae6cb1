import { withBase } from './paths';

/** Absolute URL of a site path, from the configured `site` origin and `base`. */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
  const relative = withBase(base, path);
  return site ? new URL(relative, site).href : relative;
}
