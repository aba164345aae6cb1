import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { systemNode } from './system-node';

/**
 * `raci-check` as an author runs it: the bundled bin file (package.json `bin`), as a process, on the
 * Node.js found on the PATH outside node_modules (the system's, v20 on this machine) and on the
 * project's own Node.js. Expected output is written by hand from tests/fixtures/bad-content.
 */
const BIN = path.resolve('dist-cli/raci-check.mjs');
// A run takes about 0.4 s, several times that on a machine busy with builds.
vi.setConfig({ testTimeout: 30_000 });

const NODES = [...new Set([systemNode(), process.execPath])].map((node) => ({
  node,
  version: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
}));
const [SYSTEM] = NODES;

function raciCheck(args: string[], { cwd = '.', node = SYSTEM?.node ?? process.execPath } = {}) {
  const run = spawnSync(node, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  // Bundle the current source, as `npm install` (prepare) does.
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

const BAD = 'tests/fixtures/bad-content';
const PHASE = `${BAD}/phases/1-before-subscription.md`;

describe.each(NODES)('on Node.js $version', ({ node }) => {
  test('the real content passes: exit 0', () => {
    expect(raciCheck(['content'], { node })).toEqual({ status: 0, stdout: 'content: no problems.\n', stderr: '' });
  });

  test('the default folder is content/', () => {
    expect(raciCheck([], { node })).toEqual({ status: 0, stdout: 'content: no problems.\n', stderr: '' });
  });

  test('bad content: one located line per problem, exit 1', () => {
    expect(raciCheck([BAD], { node })).toEqual({
      status: 1,
      stderr: '',
      stdout: [
        `${PHASE}:10:42 [unknown-letter] Unknown role letter "X" for Customer; use R, A, C or I. (value: "RX")`,
        `${PHASE}:10:1 [accountable-missing] No party is Accountable (A) for this activity. (value: "Choose the location of infrastructures")`,
        `${PHASE}:11:1 [accountable-multiple] 2 parties are Accountable (A); exactly one must be. (value: "Size infrastructures as needed")`,
        `${PHASE}:12:1 [cell-count] Row has too few cells: 2 where the header has 3. (value: "Choose options as needed")`,
        `${PHASE}:14:1 [section-outside-phase] Section 2.1 does not belong to phase 1. (value: "2.1. Install service")`,
        `${PHASE}:16:31 [undeclared-party] Column "OVH" is not a declared party (declared: "Customer", "OVHcloud"). (value: "OVH")`,
        `${PHASE}:16:1 [missing-party] The table has no column for declared party "OVHcloud". (value: "OVHcloud")`,
        `${PHASE}:24:1 [formula-prefix] The activity begins with "=", which spreadsheets read as a formula; reword it. (value: "=HYPERLINK(\\"https://evil.example\\")")`,
        `${PHASE}:25:16 [control-character] The control character U+0007 is not allowed in content; remove it. (value: "\\u0007")`,
        '9 problems in tests/fixtures/bad-content.',
        '',
      ].join('\n'),
    });
  });
});

test('paths are shown relative to the working directory', () => {
  const run = raciCheck(['bad-content'], { cwd: 'tests/fixtures' });
  expect(run.status).toBe(1);
  expect(run.stdout.split('\n')[0]).toBe(
    'bad-content/phases/1-before-subscription.md:10:42 [unknown-letter] Unknown role letter "X" for Customer; use R, A, C or I. (value: "RX")',
  );
  expect(run.stdout.split('\n').at(-2)).toBe('9 problems in bad-content.');
});

test('--format json: the problems and their count', () => {
  const run = raciCheck(['--format', 'json', BAD]);
  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout)).toEqual({
    contentDir: 'tests/fixtures/bad-content',
    count: 9,
    problems: [
      {
        file: PHASE,
        line: 10,
        column: 42,
        rule: 'unknown-letter',
        message: 'Unknown role letter "X" for Customer; use R, A, C or I.',
        value: 'RX',
      },
      {
        file: PHASE,
        line: 10,
        column: 1,
        rule: 'accountable-missing',
        message: 'No party is Accountable (A) for this activity.',
        value: 'Choose the location of infrastructures',
      },
      {
        file: PHASE,
        line: 11,
        column: 1,
        rule: 'accountable-multiple',
        message: '2 parties are Accountable (A); exactly one must be.',
        value: 'Size infrastructures as needed',
      },
      {
        file: PHASE,
        line: 12,
        column: 1,
        rule: 'cell-count',
        message: 'Row has too few cells: 2 where the header has 3.',
        value: 'Choose options as needed',
      },
      {
        file: PHASE,
        line: 14,
        column: 1,
        rule: 'section-outside-phase',
        message: 'Section 2.1 does not belong to phase 1.',
        value: '2.1. Install service',
      },
      {
        file: PHASE,
        line: 16,
        column: 31,
        rule: 'undeclared-party',
        message: 'Column "OVH" is not a declared party (declared: "Customer", "OVHcloud").',
        value: 'OVH',
      },
      {
        file: PHASE,
        line: 16,
        column: 1,
        rule: 'missing-party',
        message: 'The table has no column for declared party "OVHcloud".',
        value: 'OVHcloud',
      },
      {
        file: PHASE,
        line: 24,
        column: 1,
        rule: 'formula-prefix',
        message: 'The activity begins with "=", which spreadsheets read as a formula; reword it.',
        value: '=HYPERLINK("https://evil.example")',
      },
      {
        file: PHASE,
        line: 25,
        column: 16,
        rule: 'control-character',
        message: 'The control character U+0007 is not allowed in content; remove it.',
        value: '\u0007',
      },
    ],
    warnings: [],
  });
  expect(raciCheck(['--format=json', 'content'])).toEqual({
    status: 0,
    stdout: `${JSON.stringify({ contentDir: 'content', count: 0, problems: [], warnings: [] }, null, 2)}\n`,
    stderr: '',
  });
});

test('--format github: one error annotation per problem, titled by the rule', () => {
  expect(raciCheck([BAD, '--format', 'github'])).toEqual({
    status: 1,
    stderr: '',
    stdout: [
      `::error file=${PHASE},line=10,col=42,title=unknown-letter::Unknown role letter "X" for Customer; use R, A, C or I. (value: "RX")`,
      `::error file=${PHASE},line=10,col=1,title=accountable-missing::No party is Accountable (A) for this activity. (value: "Choose the location of infrastructures")`,
      `::error file=${PHASE},line=11,col=1,title=accountable-multiple::2 parties are Accountable (A); exactly one must be. (value: "Size infrastructures as needed")`,
      `::error file=${PHASE},line=12,col=1,title=cell-count::Row has too few cells: 2 where the header has 3. (value: "Choose options as needed")`,
      `::error file=${PHASE},line=14,col=1,title=section-outside-phase::Section 2.1 does not belong to phase 1. (value: "2.1. Install service")`,
      `::error file=${PHASE},line=16,col=31,title=undeclared-party::Column "OVH" is not a declared party (declared: "Customer", "OVHcloud"). (value: "OVH")`,
      `::error file=${PHASE},line=16,col=1,title=missing-party::The table has no column for declared party "OVHcloud". (value: "OVHcloud")`,
      `::error file=${PHASE},line=24,col=1,title=formula-prefix::The activity begins with "=", which spreadsheets read as a formula; reword it. (value: "=HYPERLINK(\\"https://evil.example\\")")`,
      `::error file=${PHASE},line=25,col=16,title=control-character::The control character U+0007 is not allowed in content; remove it. (value: "\\u0007")`,
      '9 problems in tests/fixtures/bad-content.',
      '',
    ].join('\n'),
  });
});

test('a folder without matrix.md and phases/ is reported as content problems, exit 1', () => {
  expect(raciCheck(['tests/fixtures'])).toEqual({
    status: 1,
    stderr: '',
    stdout: [
      'tests/fixtures/matrix.md:1:1 [content-missing] The content folder needs matrix.md. (value: "tests/fixtures")',
      'tests/fixtures/phases:1:1 [content-missing] The content folder needs phases. (value: "tests/fixtures")',
      '2 problems in tests/fixtures.',
      '',
    ].join('\n'),
  });
});

test('aliases are checked against the guides, which are site pages too', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'raci-check-'));
  onTestFinished(() => rmSync(work, { recursive: true, force: true }));
  cpSync('content', path.join(work, 'content'), { recursive: true });
  writeFileSync(
    path.join(work, 'content/aliases.yaml'),
    ['pages:', '  /guides/reading-the-matrix/: /guides/linking-and-exporting/', '  /guides/read/: /guides/reading-the-matrix/', ''].join(
      '\n',
    ),
  );
  expect(raciCheck(['content'], { cwd: work })).toEqual({
    status: 1,
    stderr: '',
    stdout: [
      'content/aliases.yaml:2:3 [alias-shadowed] pages: "/guides/reading-the-matrix/" is still live on the site, so its alias would never be used; remove it. (value: "/guides/reading-the-matrix/")',
      '1 problem in content.',
      '',
    ].join('\n'),
  });
});

test('releases are checked as in the build: a letter changed without a new release is refused', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'raci-check-'));
  onTestFinished(() => rmSync(work, { recursive: true, force: true }));
  cpSync('content', path.join(work, 'content'), { recursive: true });
  const phase = path.join(work, 'content/phases/3-service-usage.md');
  // "Update the hypervisor": Customer I → C, in both editions (a letter differing between them is another problem).
  writeFileSync(phase, readFileSync(phase, 'utf8').replace(/^(\| Update the hypervisor +\| )I /m, '$1C '));
  const frenchPhase = path.join(work, 'content/fr/phases/3-utilisation-du-service.md');
  writeFileSync(frenchPhase, readFileSync(frenchPhase, 'utf8').replace(/^(\| Mettre à jour l’hyperviseur +\| )I /m, '$1C '));
  expect(raciCheck(['content'], { cwd: work })).toEqual({
    status: 1,
    stderr: '',
    stdout: [
      'content/matrix.md:7:14 [unreleased-changes] The content differs from its newest release, content/releases/2026-06-11.json (“Update the hypervisor” — Customer: I → C). A release never changes: change lastUpdated in content/matrix.md to the date of this version (after 2026-06-11), then run `npm run release`. (value: "2026-06-11")',
      'content/fr/matrix.md:7:14 [unreleased-changes] The content differs from its newest release, content/fr/releases/2024-01-22.json (“Mettre à jour l’hyperviseur” — Client: I → C). A release never changes: change lastUpdated in content/fr/matrix.md to the date of this version (after 2024-01-22), then run `npm run release`. (value: "2024-01-22")',
      '2 problems in content.',
      '',
    ].join('\n'),
  });
});

describe('usage errors: one line on stderr, exit 2, nothing checked', () => {
  test.each([
    [['no-such-folder'], 'raci-check: no such folder: no-such-folder. Run raci-check --help for usage.'],
    [['package.json'], 'raci-check: not a folder: package.json. Run raci-check --help for usage.'],
    [['--strict', 'content'], 'raci-check: unknown option --strict. Run raci-check --help for usage.'],
    [['--format', 'xml'], 'raci-check: --format must be one of text, json, github (got "xml"). Run raci-check --help for usage.'],
    [['--format'], 'raci-check: --format must be one of text, json, github. Run raci-check --help for usage.'],
    [['content', BAD], `raci-check: one content folder at most (got 2: content ${BAD}). Run raci-check --help for usage.`],
  ])('raci-check %j', (args, message) => {
    expect(raciCheck(args)).toEqual({ status: 2, stdout: '', stderr: `${message}\n` });
  });
});

test('--help prints the usage, the formats and the exit statuses', () => {
  const run = raciCheck(['--help']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: raci-check \[options\] \[content-dir\]\n/);
  expect(run.stdout).toContain('--format <format>  text (default), json');
  expect(run.stdout).toContain('Exit status: 0 when there is no problem (warnings or not), 1 when there are problems,');
  expect(raciCheck(['-h']).stdout).toBe(run.stdout);
});
