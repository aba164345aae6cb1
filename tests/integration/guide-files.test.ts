import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';

const folder = mkdtempSync(path.join(tmpdir(), 'raci-guide-files-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  delete process.env['RACI_GUIDES_DIR'];
});

test('every .mdx file of the guides folder is a guide, except drafts (_name.mdx)', async () => {
  for (const name of ['using-the-checklist.mdx', '_next-guide.mdx', 'notes.md', 'reading-the-matrix.mdx'])
    writeFileSync(path.join(folder, name), '');
  process.env['RACI_GUIDES_DIR'] = folder;
  vi.resetModules();
  const { GUIDE_FILES_PATTERN, guideSlugs } = await import('../../src/node/guide-files');
  expect(guideSlugs()).toEqual(['reading-the-matrix', 'using-the-checklist']);
  // The collection's loader reads the same files.
  expect(['using-the-checklist.mdx', '_next-guide.mdx', 'notes.md'].map((name) => path.matchesGlob(name, GUIDE_FILES_PATTERN))).toEqual([
    true,
    false,
    false,
  ]);
});
