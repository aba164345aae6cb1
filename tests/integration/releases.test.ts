import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import { loadContent } from '../../src/node/content-folder';
import { authorEnv, buildCopy, projectCopy } from './project-copy';

// Edits project copies whose content is the evolving fixture (three releases, the last one matching
// the content), then runs the real `astro build`, `npm run release` and `astro dev` in them, and
// reads what an author would see.

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project copy whose content is the evolving fixture; problems name its files from the copy's root (`content/…`). */
function fixtureCopy() {
  const root = mkdtempSync(path.join(tmpdir(), 'raci-releases-'));
  temporary.push(root);
  const dir = projectCopy(root, 'tests/fixtures/evolving-content');
  const edit = (file: string, from: string, to: string) => {
    const absolute = path.join(dir, file);
    const text = readFileSync(absolute, 'utf8');
    expect(text).toContain(from);
    writeFileSync(absolute, text.replace(from, to));
  };
  return { root, dir, shown: 'content', edit };
}

const build = (root: string) => buildCopy(root, path.join(root, 'dist'));

/** `npm run release`'s script, as an author runs it in the project. */
function release(root: string) {
  const run = spawnSync(process.execPath, ['scripts/release.mjs'], {
    cwd: root,
    encoding: 'utf8',
    env: authorEnv(path.join(root, 'dist')),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SIGN_ROW = '| Sign the contract          | RA           | I            |';
const SIGNER_ROW = '| Signer le contrat | RA | I |';

/** "Sign the contract": OVHcloud I → C, in both editions, as an author keeps them paired. */
function changeSignTheContract(edit: (file: string, from: string, to: string) => void) {
  edit('phases/1-onboarding.md', SIGN_ROW, SIGN_ROW.replace('| I            |', '| C            |'));
  edit('fr/phases/1-integration.md', SIGNER_ROW, SIGNER_ROW.replace('| I |', '| C |'));
}

test('content edited without a release fails the build, naming the difference and the fix', { timeout: 180_000 }, () => {
  const { root, shown, edit } = fixtureCopy();
  changeSignTheContract(edit);
  const { status, output } = build(root);
  expect(status).not.toBe(0);
  expect(output).toContain('The RACI content has 2 problems');
  expect(output).toContain(
    `${shown}/matrix.md:7:14 [unreleased-changes] The content differs from its newest release, ${shown}/releases/2026-09-01.json ` +
      `(“Sign the contract” — OVHcloud: I → C). A release never changes: change lastUpdated in ${shown}/matrix.md to the date of this ` +
      'version (after 2026-09-01), then run `npm run release`. (value: "2026-09-01")',
  );
  expect(output).toContain(
    `${shown}/fr/matrix.md:7:14 [unreleased-changes] The content differs from its newest release, ${shown}/fr/releases/2026-09-15.json ` +
      `(“Signer le contrat” — OVHcloud: I → C). A release never changes: change lastUpdated in ${shown}/fr/matrix.md to the date of this ` +
      'version (after 2026-09-15), then run `npm run release`. (value: "2026-09-15")',
  );
});

test('npm run release refuses without a new date, then writes the release of the new date', { timeout: 120_000 }, () => {
  const { root, dir, shown, edit } = fixtureCopy();
  changeSignTheContract(edit);
  const before = readFileSync(path.join(dir, 'releases/2026-09-01.json'), 'utf8');

  const refused = release(root);
  expect(refused.status).toBe(1);
  expect(refused.stderr.trim().split('\n')).toEqual([
    `The en edition: Not written: the release of 2026-09-01 already exists (${shown}/releases/2026-09-01.json), and a release never changes. ` +
      `To publish a new version, change lastUpdated in ${shown}/matrix.md to the date of the new version, then run \`npm run release\` again.`,
    `The fr edition: Not written: the release of 2026-09-15 already exists (${shown}/fr/releases/2026-09-15.json), and a release never changes. ` +
      `To publish a new version, change lastUpdated in ${shown}/fr/matrix.md to the date of the new version, then run \`npm run release\` again.`,
  ]);
  expect(readFileSync(path.join(dir, 'releases/2026-09-01.json'), 'utf8')).toBe(before);

  edit('matrix.md', 'lastUpdated: 2026-09-01', 'lastUpdated: 2026-10-01');
  edit('fr/matrix.md', 'lastUpdated: 2026-09-15', 'lastUpdated: 2026-10-02');
  const written = release(root);
  expect(written.stderr).toBe('');
  expect(written.status).toBe(0);
  expect(written.stdout).toContain(`The en edition: wrote ${shown}/releases/2026-10-01.json, the release of 2026-10-01, 8 activities`);
  expect(written.stdout).toContain('Changes since the release of 2026-09-01:\n  - “Sign the contract” — OVHcloud: I → C\n');
  expect(written.stdout).toContain(`The fr edition: wrote ${shown}/fr/releases/2026-10-02.json, the release of 2026-10-02, 8 activities`);
  expect(written.stdout).toContain('Changes since the release of 2026-09-15:\n  - “Signer le contrat” — OVHcloud: I → C\n');
  const { content, translations, problems } = loadContent(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  expect(content?.releases.map((r) => r.lastUpdated)).toEqual(['2026-01-15', '2026-03-01', '2026-09-01', '2026-10-01']);
  expect(translations[0]?.releases.map((r) => r.lastUpdated)).toEqual(['2026-09-15', '2026-10-02']);

  // A second run has nothing to write: the releases are the content now.
  const again = release(root);
  expect(again.stdout.trim().split('\n')).toEqual([
    'The en edition is released: its release of 2026-10-01 is its content.',
    'The fr edition is released: its release of 2026-10-02 is its content.',
  ]);
  expect(again.status).toBe(0);

  edit('matrix.md', 'lastUpdated: 2026-10-01', 'lastUpdated: 2026-02-01');
  const older = release(root);
  expect(older.status).toBe(1);
  expect(older.stderr.trim()).toBe(
    'The en edition: Not written: lastUpdated 2026-02-01 is older than the newest release, 2026-10-01: ' +
      `change lastUpdated in ${shown}/matrix.md to the date of the new version, then run \`npm run release\` again.`,
  );
});

test('a corrupt or hand-edited release file fails the build, naming the file, the line and the JSON path', { timeout: 180_000 }, () => {
  const { root, dir, shown, edit } = fixtureCopy();
  // 2026-01-15: a letter that is not R, A, C or I, where "Review the security annex" has OVHcloud I.
  const january = readFileSync(path.join(dir, 'releases/2026-01-15.json'), 'utf8').split('\n');
  const line = january.findIndex((text) => text.includes('"Review the security annex"')) + 7;
  expect(january[line]?.trim()).toBe('"I"');
  january[line] = january[line]?.replace('"I"', '"X"') ?? '';
  writeFileSync(path.join(dir, 'releases/2026-01-15.json'), january.join('\n'));
  // 2026-03-01: a letter changed by hand, a valid shape, but no longer its checksum.
  edit('releases/2026-03-01.json', '"text": "Print monthly reports"', '"text": "Print weekly reports"');
  const checksumLine =
    readFileSync(path.join(dir, 'releases/2026-03-01.json'), 'utf8')
      .split('\n')
      .findIndex((t) => t.includes('"checksum"')) + 1;

  const { status, output } = build(root);
  expect(status).not.toBe(0);
  expect(output).toContain('The RACI content has 2 problems');
  expect(output).toContain(
    `${shown}/releases/2026-01-15.json:${line + 1}:19 [release-invalid] At $.phases[0].sections[0].activities[1].roles.ovhcloud[0]: `,
  );
  expect(output).toContain(
    `${shown}/releases/2026-03-01.json:${checksumLine}:3 [release-checksum] At $.checksum: the content does not match the checksum, ` +
      'so the file was edited after `npm run release` wrote it.',
  );
});

test('in npm run dev, content without a release is a warning and an "unreleased changes" banner', { timeout: 120_000 }, async () => {
  const { root, shown, edit } = fixtureCopy();
  changeSignTheContract(edit);
  // Its own process group, so that the server and its children stop together.
  const server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', '4961'], {
    cwd: root,
    env: authorEnv(path.join(root, 'dist')),
    detached: true,
  });
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const page = async () => {
    const response = await fetch('http://127.0.0.1:4961/').catch(() => undefined);
    return response?.ok ? response.text() : '';
  };
  try {
    await expect.poll(page, { timeout: 90_000, interval: 1000 }).toContain('<main');
    const html = await page();
    expect(html).toContain('Unreleased changes');
    expect(html).toContain('The content differs from its newest release (2026-09-01): “Sign the contract” — OVHcloud: I → C.');
    expect(output).toContain(
      `[WARN] [raci-releases-loader] Unreleased changes: ${shown}/matrix.md:7:14 [unreleased-changes] The content differs`,
    );
  } finally {
    // The group may have gone already (a server that failed to start).
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {}
    }
  }
});
