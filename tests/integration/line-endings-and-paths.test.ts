import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

/**
 * The site builds the same, byte for byte, from content saved with Windows line endings (CRLF, as
 * a checkout with `core.autocrlf` gives) in a checkout whose path holds spaces and non-ASCII
 * letters, as from the same content with LF endings in a plain path. Each build runs in its own
 * copy of the project (node_modules linked), so its Astro caches (`.astro/`) are its own: the
 * project's stay untouched, whatever else runs at the same time.
 */
const work = mkdtempSync(path.join(tmpdir(), 'raci-robust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a build needs from the project, besides node_modules and the content. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

/** The environment of an author's build: without what Vitest adds (NODE_ENV=test, MODE, BASE_URL…) nor deployment settings. */
function buildEnv(outDir: string): NodeJS.ProcessEnv {
  const added = ['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'FORCE_COLOR'];
  const deployment = ['SITE_URL', 'BASE_PATH', 'OUT_DIR', 'RACI_CONTENT_DIR'];
  const own = Object.entries(process.env).filter(([key]) => ![...added, ...deployment].includes(key) && !key.startsWith('VITEST'));
  return { ...Object.fromEntries(own), OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

/** A copy of the project at `root` whose content's text files end their lines with `ending`. */
function checkout(root: string, ending: '\n' | '\r\n'): void {
  mkdirSync(root, { recursive: true });
  for (const file of PROJECT_FILES) cpSync(file, path.join(root, file), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  const content = path.join(root, 'content');
  cpSync('content', content, { recursive: true });
  for (const file of filesUnder(content)) {
    const text = readFileSync(path.join(content, file), 'utf8');
    writeFileSync(path.join(content, file), text.replace(/\r?\n/g, ending));
  }
}

/** Every file under a folder, as sorted relative paths. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

function build(root: string, outDir: string): void {
  const run = spawnSync('npx', ['astro', 'build'], { cwd: root, encoding: 'utf8', env: buildEnv(outDir) });
  if (run.status !== 0) throw new Error(`astro build in ${root} failed:\n${run.stdout}\n${run.stderr}`);
}

const plain = { root: path.join(work, 'plain'), out: path.join(work, 'dist-lf') };
// Spaces and accented capitals in every kind of path the build meets: the project root, the content folder, the output.
const unusual = { root: path.join(work, 'raci tests', 'Équipe sécurité', 'checkout'), out: path.join(work, 'sortie à part', 'dist') };

beforeAll(() => {
  checkout(plain.root, '\n');
  checkout(unusual.root, '\r\n');
  build(plain.root, plain.out);
  build(unusual.root, unusual.out);
}, 400_000);

test('the content copy really has CRLF endings, in a path with spaces and non-ASCII letters', () => {
  const matrix = readFileSync(path.join(unusual.root, 'content', 'matrix.md'), 'utf8');
  expect(
    matrix
      .split('\n')
      .slice(0, -1)
      .every((line) => line.endsWith('\r')),
  ).toBe(true);
  expect(readFileSync(path.join(plain.root, 'content', 'matrix.md'), 'utf8')).not.toContain('\r');
  expect(unusual.root).toMatch(/ .*É/);
});

test('every file of the two builds is the same, byte for byte', () => {
  const files = filesUnder(plain.out);
  // Pages, exports (CSV, JSON, XLSX), feed, share images, search index and their compressed copies.
  expect(files.length).toBeGreaterThan(200);
  expect(files).toContain('index.html');
  expect(files).toContain('exports/raci-matrix.xlsx');
  expect(files).toContain('guides/reading-the-matrix/index.html');
  expect(filesUnder(unusual.out)).toEqual(files);
  const differing = files.filter((file) => !readFileSync(path.join(plain.out, file)).equals(readFileSync(path.join(unusual.out, file))));
  expect(differing).toEqual([]);
});
