import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** What a build needs from the project, besides node_modules and the content. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/**
 * A copy of the project at `root` (node_modules linked, the content copied from `content`), for a
 * build whose Astro caches (`.astro/`) are its own: a build from other content in the project
 * itself leaves its entries there, and a later `astro build` of the project can fail on files
 * that are gone.
 */
export function projectCopy(root: string, content = 'content'): string {
  mkdirSync(root, { recursive: true });
  for (const file of PROJECT_FILES) cpSync(file, path.join(root, file), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  cpSync(content, path.join(root, 'content'), { recursive: true });
  return path.join(root, 'content');
}

/** The environment of an author's build: without what Vitest adds (NODE_ENV=test, MODE, BASE_URL…) nor deployment settings. */
export function authorEnv(outDir: string): NodeJS.ProcessEnv {
  const added = ['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'FORCE_COLOR'];
  const deployment = ['SITE_URL', 'BASE_PATH', 'OUT_DIR', 'RACI_CONTENT_DIR'];
  const own = Object.entries(process.env).filter(([key]) => ![...added, ...deployment].includes(key) && !key.startsWith('VITEST'));
  return { ...Object.fromEntries(own), OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

/** `astro build` in a project copy, into `outDir`. */
export function buildCopy(root: string, outDir: string) {
  const run = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: authorEnv(outDir) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
