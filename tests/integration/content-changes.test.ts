import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { authorEnv, buildCopy, projectCopy } from './project-copy';

/**
 * Content changes an author makes, in a copy of the project, run as the author runs them: the
 * real `npm run release` script, `astro build` and the bundled `raci-check`. Expected places are
 * read by hand off the files: content/releases/2026-06-11.json writes the id of "Update the
 * hypervisor" on line 1043 (its value at column 21); the guides name it on line 57 of
 * reading-the-matrix.mdx (`<ExampleRow activity="…`, the value at column 23) and line 24 of
 * linking-and-exporting.mdx (a link whose URL starts at column 65), and the French guide on line 59
 * of fr/guides/reading-the-matrix.mdx (column 23).
 */
const work = mkdtempSync(path.join(tmpdir(), 'raci-content-changes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OLD_ID = 'activity-3-2-2-update-the-hypervisor';
const NEW_ID = 'activity-3-2-2-update-the-hypervisor-firmware';
const CLI = path.resolve('dist-cli/raci-check.mjs');

beforeAll(() => {
  // Bundle the current source, as `npm install` (prepare) does.
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
});

/** A project copy whose content renamed "Update the hypervisor", with the alias or without. */
function renamed(name: string, { alias }: { alias: boolean }) {
  const root = path.join(work, name);
  const content = projectCopy(root);
  const edit = (file: string, from: string, to: string) => {
    const absolute = path.join(content, file);
    const text = readFileSync(absolute, 'utf8');
    expect(text).toContain(from);
    writeFileSync(absolute, text.replace(from, to));
  };
  edit('phases/3-service-usage.md', '| Update the hypervisor                ', '| Update the hypervisor firmware       ');
  if (alias) edit('aliases.yaml', '  phase-5: phase-5-end-of-service\n', `  phase-5: phase-5-end-of-service\n  ${OLD_ID}: ${NEW_ID}\n`);
  edit('matrix.md', 'lastUpdated: 2026-06-11', 'lastUpdated: 2026-12-01');
  // The French edition's rows take the English ids, so its id changes too: a new French release.
  edit('fr/matrix.md', 'lastUpdated: 2024-01-22', 'lastUpdated: 2026-12-01');
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: authorEnv(path.join(root, 'dist')) });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  return {
    root,
    release: () => run(['scripts/release.mjs']),
    raciCheck: () => run([CLI, 'content']),
    build: () => buildCopy(root, path.join(root, 'dist')),
  };
}

describe('a renamed activity with its alias', () => {
  const project = renamed('with-alias', { alias: true });

  test('is released, builds, and the guide shows the renamed activity; raci-check warns of the old id', { timeout: 180_000 }, () => {
    const release = project.release();
    expect(release.output).toContain('The en edition: wrote content/releases/2026-12-01.json');
    expect(release.output).toContain('“Update the hypervisor firmware” — Renamed from “Update the hypervisor”');
    expect(release.output).toContain('The fr edition: wrote content/fr/releases/2026-12-01.json');
    expect(release.status).toBe(0);

    const check = project.raciCheck();
    expect(check.output).toContain(
      `content/guides/reading-the-matrix.mdx:57:23 warning [guide-old-reference] "${OLD_ID}" is an old activity id, forwarded by an alias to "${NEW_ID}": write the new id. (value: "${OLD_ID}")`,
    );
    expect(check.output).toContain(`content/guides/linking-and-exporting.mdx:24:65 warning [guide-old-reference]`);
    expect(check.output).toContain(`content/fr/guides/reading-the-matrix.mdx:59:23 warning [guide-old-reference] "${OLD_ID}"`);
    expect(check.output).toContain('content: no problems (and 3 warnings).');
    expect(check.status).toBe(0);

    const build = project.build();
    expect(build.output).toContain(`content/guides/reading-the-matrix.mdx:57:23 warning [guide-old-reference]`);
    expect(build.status).toBe(0);
    const guide = readFileSync(path.join(project.root, 'dist/guides/reading-the-matrix/index.html'), 'utf8');
    expect(guide).toContain(`href="/#${NEW_ID}">Update the hypervisor firmware</a>`);
    expect(guide).not.toContain(`#${OLD_ID}"`);
  });
});

describe('the same rename without an alias', () => {
  const project = renamed('without-alias', { alias: false });
  const published = `content/releases/2026-06-11.json:1043:21 [published-id-missing] "${OLD_ID}" was published in the release of 2026-06-11`;
  const inGuide = `content/guides/reading-the-matrix.mdx:57:23 [guide-reference] No activity has the id "${OLD_ID}". The closest: "${NEW_ID}"`;

  test('raci-check and the release refuse it, naming the release, the id and the fix', () => {
    const check = project.raciCheck();
    expect(check.output).toContain(published);
    expect(check.output).toContain(`Add \`${OLD_ID}: <its id now>\` under anchors: in content/aliases.yaml`);
    expect(check.output).toContain(inGuide);
    expect(check.output).toContain(`content/guides/linking-and-exporting.mdx:24:65 [guide-reference]`);
    expect(check.status).toBe(1);
    const release = project.release();
    expect(release.output).toContain(published);
    expect(release.status).toBe(1);
  });

  test('the build fails with the same located problems, not a render stack', { timeout: 180_000 }, () => {
    const build = project.build();
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(published);
    expect(build.output).toContain(inGuide);
    expect(build.output).not.toContain('rendering /guides/');
  });
});

describe('a guide with a typo in an id', () => {
  const root = path.join(work, 'typo');
  const content = projectCopy(root);
  const file = 'content/guides/reading-the-matrix.mdx';
  const source = readFileSync(path.join(content, 'guides/reading-the-matrix.mdx'), 'utf8');
  writeFileSync(path.join(content, 'guides/reading-the-matrix.mdx'), source.replace(`activity="${OLD_ID}"`, `activity="${OLD_ID}s"`));
  const located = `${file}:57:23 [guide-reference] No activity has the id "${OLD_ID}s". The closest: "${OLD_ID}"`;

  test('fails raci-check with its file, line and column', () => {
    const check = spawnSync(process.execPath, [CLI, 'content'], { cwd: root, encoding: 'utf8' });
    expect(check.stdout).toContain(located);
    expect(check.stdout).toContain('1 problem in content.');
    expect(check.status).toBe(1);
  });

  test('fails the build with its file, line and column', { timeout: 180_000 }, () => {
    const build = buildCopy(root, path.join(root, 'dist'));
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(located);
    expect(build.output).not.toContain('rendering /guides/');
  });
});
