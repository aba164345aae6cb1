import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../scripts/lib/built-site.mjs';
import { normalizedBase } from '../../src/config/deploy-env.mjs';

/** The build these checks read (OUT_DIR, default dist/), and the base it was built for (BASE_PATH). */
export const builtDir = process.env.OUT_DIR ?? 'dist';
export const builtBase = normalizedBase();

if (!existsSync(path.join(builtDir, 'index.html'))) {
  throw new Error(`${builtDir}/ holds no built site: run npm run build first (these tests read the build).`);
}

/** Every HTML file of the build, `/`-separated and relative to it, with its text. */
export function builtHtmlPages(): { file: string; html: string }[] {
  return listFiles(builtDir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(path.join(builtDir, file), 'utf8') }));
}
