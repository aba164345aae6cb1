// Deployment settings, read from the environment by astro.config.mjs and by the scripts that check
// a build: SITE_URL (public origin), BASE_PATH (sub-path, e.g. /raci/), OUT_DIR (build folder).
export const site = process.env.SITE_URL ?? 'https://raci.example.org';
export const base = process.env.BASE_PATH ?? '/';
export const outDir = process.env.OUT_DIR ?? 'dist';

/** The base with exactly one slash at each end: `/`, `/raci/`. */
export function normalizedBase(value = base) {
  return `/${value}/`.replace(/\/+/g, '/');
}
