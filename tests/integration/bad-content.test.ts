import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCopy, projectCopy } from './project-copy';

const work = mkdtempSync(path.join(tmpdir(), 'raci-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Feeds deliberately broken content to the real `astro build` and reads what an author would see.
test('bad content fails the build with one located message per problem', { timeout: 120_000 }, () => {
  const outDir = path.join(work, 'dist-bad-content');
  const build = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, RACI_CONTENT_DIR: 'tests/fixtures/bad-content', OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).not.toBe(0);
  const file = 'tests/fixtures/bad-content/phases/1-before-subscription.md';
  expect(output).toContain('The RACI content has 9 problems');
  expect(output).toContain(`${file}:10:42 [unknown-letter] Unknown role letter "X" for Customer; use R, A, C or I. (value: "RX")`);
  expect(output).toContain(
    `${file}:10:1 [accountable-missing] No party is Accountable (A) for this activity. (value: "Choose the location of infrastructures")`,
  );
  expect(output).toContain(
    `${file}:11:1 [accountable-multiple] 2 parties are Accountable (A); exactly one must be. (value: "Size infrastructures as needed")`,
  );
  expect(output).toContain(
    `${file}:12:1 [cell-count] Row has too few cells: 2 where the header has 3. (value: "Choose options as needed")`,
  );
  expect(output).toContain(`${file}:14:1 [section-outside-phase] Section 2.1 does not belong to phase 1. (value: "2.1. Install service")`);
  expect(output).toContain(
    `${file}:16:31 [undeclared-party] Column "OVH" is not a declared party (declared: "Customer", "OVHcloud"). (value: "OVH")`,
  );
  expect(output).toContain(`${file}:16:1 [missing-party] The table has no column for declared party "OVHcloud". (value: "OVHcloud")`);
  // Hostile cells: text a spreadsheet would run, and an invisible control character (shown escaped).
  expect(output).toContain(
    `${file}:24:1 [formula-prefix] The activity begins with "=", which spreadsheets read as a formula; reword it. (value: "=HYPERLINK(\\"https://evil.example\\")")`,
  );
  expect(output).toContain(
    `${file}:25:16 [control-character] The control character U+0007 is not allowed in content; remove it. (value: "\\u0007")`,
  );
});

// A guide naming an activity that does not exist fails the real build, listing the ids it may use.
// In a copy of the project: the broken guide's build would leave it in the project's Astro caches,
// where a later `astro build` of the project fails on the file, gone by then.
test('a guide with an unknown activity id fails the build with every valid id', { timeout: 180_000 }, () => {
  // A copy of the real content, with one more guide.
  const root = path.join(work, 'project');
  const content = projectCopy(root);
  writeFileSync(
    path.join(content, 'guides', 'broken.mdx'),
    [
      '---',
      'title: A broken guide',
      'description: It shows an activity that does not exist.',
      'order: 1',
      '---',
      '',
      '<ExampleRow activity="activity-3-2-2-update-the-hypervisors" />',
      '',
    ].join('\n'),
  );
  const { status, output } = buildCopy(root, path.join(work, 'dist'));
  expect(status).not.toBe(0);
  expect(output).toContain('rendering /guides/broken/');
  expect(output).toContain('<ExampleRow activity="activity-3-2-2-update-the-hypervisors">: no activity has this id. Use one of:\n');
  expect(output).toContain('\n  activity-1-1-choose-the-location-of-infrastructures\n');
  expect(output).toContain('\n  activity-3-2-2-update-the-hypervisor\n');
  expect(output).toContain('\n  activity-5-2-provide-a-certificate-of-destruction-upon-request\n');
});
