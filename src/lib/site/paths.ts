/** Joins the configured base (e.g. `/` or `/raci/`) with a site path such as `phases/1-x/`. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** Site paths of the pages, without the base. */
export const routes = {
  matrix: () => '/',
  phase: (slug: string) => `/phases/${slug}/`,
} as const;
