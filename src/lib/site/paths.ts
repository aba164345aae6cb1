/** Joins the configured base (e.g. `/` or `/raci/`) with a site path such as `phases/1-x/`. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** Site paths of the pages and files, without the base. */
export const routes = {
  matrix: () => '/',
  search: () => '/search/',
  phase: (slug: string) => `/phases/${slug}/`,
  section: (slug: string) => `/sections/${slug}/`,
  /** The share image (Open Graph / Twitter card) of a page, by name: `matrix`, a phase or section id. */
  shareImage: (name: string) => `/og/${name}.png`,
  party: (partyId: string) => `/parties/${partyId}/`,
  partyRole: (partyId: string, roleSlug: string) => `/parties/${partyId}/${roleSlug}/`,
  matrixExport: (format: 'csv' | 'json') => `/exports/raci-matrix.${format}`,
  partyExport: (partyId: string, format: 'csv' | 'json') => `/exports/parties/${partyId}.${format}`,
} as const;
