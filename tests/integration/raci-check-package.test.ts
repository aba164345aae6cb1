import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { systemNode } from './system-node';

/**
 * The tarball route of the README, for real: `npm pack` here, then a documentation repository
 * installs the tarball and runs `raci-check` on its own content. `--prefer-offline`: the libraries
 * come from npm's cache, filled by this project's own `npm install`, and only what the cache lacks
 * (a lockfile install caches tarballs, not the registry's package lists) from the registry.
 */
const work = mkdtempSync(path.join(tmpdir(), 'raci-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a packed tarball installs into another repository and checks its content', { timeout: 180_000 }, () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' })) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (!packed) throw new Error('npm pack wrote nothing');
  // Only the command and what npm always ships: no sources, no tests, no content.
  expect(packed.files.map((file) => file.path).sort()).toEqual(['README.md', 'dist-cli/raci-check.mjs', 'package.json']);

  const docs = path.join(work, 'docs');
  mkdirSync(docs);
  writeFileSync(path.join(docs, 'package.json'), JSON.stringify({ name: 'docs', private: true }));
  cpSync('content', path.join(docs, 'content'), { recursive: true });
  cpSync('tests/fixtures/bad-content', path.join(docs, 'bad-content'), { recursive: true });
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', `../${packed.filename}`], {
    cwd: docs,
    stdio: 'pipe',
  });

  const run = (args: string[]) => spawnSync(systemNode(), ['node_modules/.bin/raci-check', ...args], { cwd: docs, encoding: 'utf8' });
  expect(run(['content'])).toMatchObject({ status: 0, stdout: 'content: no problems.\n' });
  const bad = run(['bad-content']);
  expect(bad.status).toBe(1);
  expect(bad.stdout.split('\n').at(-2)).toBe('9 problems in bad-content.');
});
