import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildCopy, projectCopy } from './project-copy';

const work = mkdtempSync(path.join(tmpdir(), 'raci-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Feeds deliberately broken content to the real `astro build` and reads what an author would see.
test('bad content fails the build with one located message per problem', { timeout: 120_000 }, () => {
  // In a copy of the project whose content is the fixture, as an author's project would be.
  const root = path.join(work, 'project');
  projectCopy(root, 'tests/fixtures/bad-content');
  const { status, output } = buildCopy(root, path.join(root, 'dist'));
  expect(status).not.toBe(0);
  const file = 'content/phases/1-before-subscription.md';
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
