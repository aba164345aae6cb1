import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/built-site.mjs';
import { buildCopy, projectCopy } from './project-copy';

/**
 * The site builds the same, byte for byte, from content saved with Windows line endings (CRLF, as
 * a checkout with `core.autocrlf` gives) in a checkout whose path holds spaces and non-ASCII
 * letters, as from the same content with LF endings in a plain path. Each build runs in its own
 * copy of the project (project-copy.ts), so the project's Astro caches stay untouched.
 */
const work = mkdtempSync(path.join(tmpdir(), 'raci-robust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the project at `root` whose content's text files end their lines with `ending`. */
function checkout(root: string, ending: '\n' | '\r\n'): void {
  const content = projectCopy(root);
  for (const file of listFiles(content).sort()) {
    const text = readFileSync(path.join(content, file), 'utf8');
    writeFileSync(path.join(content, file), text.replace(/\r?\n/g, ending));
  }
}

function build(root: string, outDir: string): void {
  const { status, output } = buildCopy(root, outDir);
  if (status !== 0) throw new Error(`astro build in ${root} failed:\n${output}`);
}

/**
 * `npm test` passes its own fresh build of the project (LF content, plain path, an author's
 * environment) as REFERENCE_BUILD, which saves building the plain copy again.
 */
const reference = process.env.REFERENCE_BUILD;
const plain = { root: path.join(work, 'plain'), out: reference ? path.resolve(reference) : path.join(work, 'dist-lf') };
// Spaces and accented capitals in every kind of path the build meets: the project root, the content folder, the output.
const unusual = { root: path.join(work, 'raci tests', 'Équipe sécurité', 'checkout'), out: path.join(work, 'sortie à part', 'dist') };

beforeAll(() => {
  checkout(plain.root, '\n');
  checkout(unusual.root, '\r\n');
  if (!reference) build(plain.root, plain.out);
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
  const files = listFiles(plain.out).sort();
  // Pages, exports (CSV, JSON, XLSX), feed, share images, search index and their compressed copies.
  expect(files.length).toBeGreaterThan(200);
  expect(files).toContain('index.html');
  expect(files).toContain('exports/raci-matrix.xlsx');
  expect(files).toContain('guides/reading-the-matrix/index.html');
  expect(listFiles(unusual.out).sort()).toEqual(files);
  const differing = files.filter((file) => !readFileSync(path.join(plain.out, file)).equals(readFileSync(path.join(unusual.out, file))));
  expect(differing).toEqual([]);
});
