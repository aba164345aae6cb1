// Bundles the `raci-check` command (src/cli/raci-check.ts) and everything it imports into one
// JavaScript file, the package's `bin`: it starts fast, runs on Node.js 20 (no type stripping) and
// works from inside node_modules. Run by `npm run build:cli` and by npm's `prepare` (on
// `npm install`, before `npm pack`, and when the package is installed from a git URL).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const CLI_BUNDLE = 'dist-cli/raci-check.mjs';

const { outputFiles, metafile } = await build({
  entryPoints: ['src/cli/raci-check.ts'],
  outfile: CLI_BUNDLE,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ES modules first: jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow.
  mainFields: ['module', 'main'],
  // Some dependencies (yaml) are CommonJS and require Node's built-ins: give them a `require`.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});

// A library the command's source imports must be one of the package's `dependencies`: installed
// with it, not only while developing the site.
const { dependencies = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const undeclared = Object.entries(metafile.inputs)
  .filter(([file]) => file.startsWith('src/'))
  .flatMap(([file, input]) =>
    input.imports
      .filter((i) => !i.external && i.path.startsWith('node_modules/'))
      .map((i) => `${packageOf(i.original ?? i.path)} (${file})`),
  )
  .filter((entry) => !(entry.split(' ')[0] in dependencies));
if (undeclared.length > 0) {
  console.error(
    `raci-check imports libraries that are not \`dependencies\` in package.json:\n${[...new Set(undeclared)].map((e) => `  ${e}`).join('\n')}`,
  );
  process.exit(1);
}
// Written whole, then renamed into place: a test or command running the previous bundle meanwhile
// never reads half a file.
const [bundle] = outputFiles;
mkdirSync(path.dirname(CLI_BUNDLE), { recursive: true });
const partial = `${CLI_BUNDLE}.${process.pid}.tmp`;
writeFileSync(partial, bundle.contents, { mode: 0o755 });
renameSync(partial, CLI_BUNDLE);
