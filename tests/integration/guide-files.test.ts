import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { GUIDE_FILES_PATTERN, guideSlugs } from '../../src/node/guide-files';

const folder = mkdtempSync(path.join(tmpdir(), 'raci-guide-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("every .mdx file of the content folder's guides/ is a guide, except drafts (_name.mdx)", () => {
  mkdirSync(path.join(folder, 'guides'));
  for (const name of ['using-the-checklist.mdx', '_next-guide.mdx', 'notes.md', 'reading-the-matrix.mdx'])
    writeFileSync(path.join(folder, 'guides', name), '');
  expect(guideSlugs(folder)).toEqual(['reading-the-matrix', 'using-the-checklist']);
  // The collection's loader reads the same files.
  expect(['using-the-checklist.mdx', '_next-guide.mdx', 'notes.md'].map((name) => path.matchesGlob(name, GUIDE_FILES_PATTERN))).toEqual([
    true,
    false,
    false,
  ]);
});

test('a content folder without guides/ has no guides', () => {
  expect(guideSlugs(path.join(folder, 'no-such-folder'))).toEqual([]);
  expect(guideSlugs('tests/fixtures/evolving-content')).toEqual([]);
});
