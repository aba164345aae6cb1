import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCopy, projectCopy } from './project-copy';

/**
 * The letter parity of the editions, as an author meets it: a project whose content is the evolving
 * fixture (English, and French in fr/), with one French letter changed, fails `raci-check` and the
 * build with the French cell's place and the English counterpart's. Places read by hand off the
 * fixture's files.
 */
const work = mkdtempSync(path.join(tmpdir(), 'raci-editions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CLI = path.resolve('dist-cli/raci-check.mjs');

beforeAll(() => {
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
});

const located =
  'content/fr/phases/1-integration.md:10:26 [edition-letters] OVHcloud: "C" here, "I" in the en edition ' +
  '(content/phases/1-onboarding.md:10:45, "Sign the contract"). A letter that differs between editions is a finding: correct the ' +
  'edition in error, or record the difference in content/fr/differences.yaml. (value: "C")';

const root = path.join(work, 'project');
const content = projectCopy(root, 'tests/fixtures/evolving-content');
const french = path.join(content, 'fr/phases/1-integration.md');
writeFileSync(french, readFileSync(french, 'utf8').replace('| Signer le contrat | RA | I |', '| Signer le contrat | RA | C |'));

test('raci-check names the French cell and its English counterpart', () => {
  const check = spawnSync(process.execPath, [CLI, 'content'], { cwd: root, encoding: 'utf8' });
  expect(check.stdout).toBe(`${located}\n1 problem in content.\n`);
  expect(check.status).toBe(1);
});

test('the build fails with the same located problem', { timeout: 180_000 }, () => {
  const build = buildCopy(root, path.join(root, 'dist'));
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(located);
});
