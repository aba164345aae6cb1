// Bundles the `raci-check` command (src/cli/raci-check.ts) and everything it imports into one
// JavaScript file, the package's `bin`: it starts fast, runs on Node.js 20 (no type stripping) and
// works from inside node_modules. Run by `npm run build:cli` and by npm's `prepare` (on
// `npm install`, before `npm pack`, and when the package is installed from a git URL).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { guideSlugs } from '../src/node/guide-files.ts';

const CLI_BUNDLE = 'dist-cli/raci-check.mjs';

const { outputFiles } = await build({
  entryPoints: ['src/cli/raci-check.ts'],
  outfile: CLI_BUNDLE,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies (yaml) are CommonJS and require Node's built-ins: give them a `require`.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  // The guides' pages are the site's, which aliases are checked against; the bundle runs where
  // the guides' files are not (a documentation repository), so it carries their names.
  define: { RACI_GUIDE_SLUGS: JSON.stringify(guideSlugs()) },
  logLevel: 'warning',
});
// Written whole, then renamed into place: a test or command running the previous bundle meanwhile
// never reads half a file.
const [bundle] = outputFiles;
mkdirSync(path.dirname(CLI_BUNDLE), { recursive: true });
const partial = `${CLI_BUNDLE}.${process.pid}.tmp`;
writeFileSync(partial, bundle.contents, { mode: 0o755 });
renameSync(partial, CLI_BUNDLE);
