// `npm start`: builds the production site when the sources are newer than dist/, then serves it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? '4321';
const preview = spawnSync('npx', ['astro', 'preview', '--port', port, '--host', process.env.HOST ?? 'localhost'], { stdio: 'inherit' });
process.exit(preview.status ?? 0);
