// `npm start`: builds the production site when the sources are newer than dist/, then serves it
// as it is deployed (scripts/serve.mjs: the shared headers, precompressed files, 404 status).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { serveSite } from './serve.mjs';

const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];
const BUILT = 'dist/index.html';

function newestMtime(entry) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const builtAt = newestMtime(BUILT);
if (builtAt === 0 || Math.max(...SOURCES.map(newestMtime)) > builtAt) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: 'dist' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
serveSite({
  dir: 'dist',
  port: Number(process.env.PORT ?? 4321),
  host: process.env.HOST ?? 'localhost',
  base: process.env.BASE_PATH ?? '/',
});
