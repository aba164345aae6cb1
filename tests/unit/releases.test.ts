import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/core/content';
import { formatProblem } from '../../src/core/problems';
import { readRelease, readReleases, serializeRelease } from '../../src/core/release';
import { loadContent, readContentFiles, readTranslationFiles } from '../../src/node/content-folder';
import { unreleasedDifferences } from '../../src/shared/change-wording';
import { realContentFiles } from './helpers';

/** The differences worded as the build words them. */
const WORDED = { describeUnreleased: unreleasedDifferences };

const FIXTURE = 'tests/fixtures/evolving-content';
const releasePath = (date: string) => `${FIXTURE}/releases/${date}.json`;
const releaseText = (date: string) => readFileSync(releasePath(date), 'utf8');

/** JSON with keys sorted and no spaces: RFC 8785 for content without floats, written here independently of the code. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${sortedJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('the real content', () => {
  test('keeps its releases in content/releases/: one, of 2026-06-11, that the content matches', () => {
    expect(readdirSync('content/releases')).toEqual(['2026-06-11.json']);
    const { content, problems } = loadContent('content');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.releases.map((release) => release.lastUpdated)).toEqual(['2026-06-11']);
    expect(content?.unreleased).toBeUndefined();
  });

  test('a letter edited without a release: the message of the README', () => {
    const files = realContentFiles();
    const phase = files.phaseFiles.find((file) => file.file === 'content/phases/3-service-usage.md');
    const row = '| Manage access to the Control Panel                                          | RA           | I            |';
    expect(phase?.source).toContain(row);
    if (phase) phase.source = phase.source.replace(row, row.replace('| I            |', '| C            |'));
    expect(readContent(files, WORDED).problems.map(formatProblem)).toEqual([
      'content/matrix.md:7:14 [unreleased-changes] The content differs from its newest release, content/releases/2026-06-11.json ' +
        '(“Manage access to the Control Panel” — OVHcloud: I → C). A release never changes: change lastUpdated in content/matrix.md ' +
        'to the date of this version (after 2026-06-11), then run `npm run release`. (value: "2026-06-11")',
    ]);
  });

  test('its checksum is SHA-256 of the canonical JSON of the file without its checksum', () => {
    const { checksum, ...rest } = JSON.parse(readFileSync('content/releases/2026-06-11.json', 'utf8'));
    expect(checksum).toBe(`sha256:${createHash('sha256').update(sortedJson(rest)).digest('hex')}`);
  });
});

describe('a release file', () => {
  test('written by npm run release reads back without a problem', () => {
    const { release, problems } = readRelease({ file: releasePath('2026-03-01'), source: releaseText('2026-03-01') });
    expect(problems).toEqual([]);
    expect(release?.lastUpdated).toBe('2026-03-01');
  });

  test('that is not JSON: the line and column of the error', () => {
    const source = releaseText('2026-03-01').replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    const { release, problems } = readRelease({ file: releasePath('2026-03-01'), source });
    expect(release).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.rule])).toEqual([[releasePath('2026-03-01'), 2, 'release-json']]);
  });

  test('of the wrong shape: the JSON path and the line of the value', () => {
    // The OVHcloud letter of the second activity of 1.1, "Review the security annex": C.
    const lines = releaseText('2026-03-01').split('\n');
    const index = lines.findIndex((line) => line.includes('"Review the security annex"')) + 7;
    expect(lines.slice(index - 1, index + 2).map((line) => line.trim())).toEqual(['"ovhcloud": [', '"C"', ']']);
    lines[index] = lines[index]?.replace('"C"', '"X"') ?? '';
    const { problems } = readRelease({ file: releasePath('2026-03-01'), source: lines.join('\n') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: releasePath('2026-03-01'), line: index + 1, rule: 'release-invalid', value: '"X"' });
    expect(problems[0]?.message).toContain('At $.phases[0].sections[0].activities[1].roles.ovhcloud[0]: ');
  });

  test('with a key added by hand: the JSON path of the key', () => {
    const source = releaseText('2026-03-01').replace('"schemaVersion": 1,', '"schemaVersion": 1,\n  "note": "edited",');
    const { problems } = readRelease({ file: releasePath('2026-03-01'), source });
    expect(problems.map((p) => [p.line, p.rule, p.message.split(':')[0]])).toEqual([[3, 'release-invalid', 'At $.note']]);
  });

  test('edited by hand with a valid shape: the checksum does not match', () => {
    const source = releaseText('2026-03-01').replace('"Review the security annex"', '"Review the annex"');
    const { release, problems } = readRelease({ file: releasePath('2026-03-01'), source });
    expect(release).toBeUndefined();
    expect(problems.map((p) => [p.rule, p.value])).toEqual([['release-checksum', JSON.parse(releaseText('2026-03-01')).checksum]]);
    expect(problems[0]?.message).toMatch(/^At \$\.checksum: /);
    expect(problems[0]?.line).toBe(
      releaseText('2026-03-01')
        .split('\n')
        .findIndex((line) => line.includes('"checksum"')) + 1,
    );
  });

  test('named by another date than its own', () => {
    const { problems } = readRelease({ file: `${FIXTURE}/releases/2026-03-02.json`, source: releaseText('2026-03-01') });
    expect(problems.map((p) => [p.rule, p.value])).toEqual([['release-name', '2026-03-01']]);
  });
});

describe('the content against its newest release', () => {
  const files = () => readContentFiles(FIXTURE);

  /** The fixture with one letter edited: OVHcloud Consulted, not Informed, for “Sign the contract”. */
  function withOvhcloudConsultedToSign() {
    const edited = files();
    const phase = edited.phaseFiles[0];
    if (!phase) throw new Error('fixture');
    phase.source = phase.source.replace(
      '| Sign the contract          | RA           | I            |',
      '| Sign the contract          | RA           | C            |',
    );
    return edited;
  }

  test('the fixture matches its newest release, 2026-09-01', () => {
    const { content, problems } = readContent(files());
    expect(problems).toEqual([]);
    expect(content?.releases.map((release) => release.lastUpdated)).toEqual(['2026-01-15', '2026-03-01', '2026-09-01']);
  });

  test('a letter edited without a release: the build problem names it and the fix, on the line of lastUpdated', () => {
    const edited = withOvhcloudConsultedToSign();
    const { content, problems } = readContent(edited, WORDED);
    expect(content).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      `${FIXTURE}/matrix.md:7:14 [unreleased-changes] The content differs from its newest release, ${FIXTURE}/releases/2026-09-01.json ` +
        `(“Sign the contract” — OVHcloud: I → C). A release never changes: change lastUpdated in ${FIXTURE}/matrix.md to the date of ` +
        'this version (after 2026-09-01), then run `npm run release`. (value: "2026-09-01")',
    ]);
  });

  test('with allowUnreleased (npm run dev), the content comes back with the same problem beside it', () => {
    const edited = files();
    edited.matrixFile.source = edited.matrixFile.source.replace('lastUpdated: 2026-09-01', 'lastUpdated: 2026-10-01');
    const { content, problems } = readContent(edited, { ...WORDED, allowUnreleased: true });
    expect(problems).toEqual([]);
    expect(content?.unreleased?.message).toBe(
      `The content differs from its newest release, ${FIXTURE}/releases/2026-09-01.json (lastUpdated 2026-09-01 → 2026-10-01), ` +
        'and no release was written for lastUpdated 2026-10-01: run `npm run release`.',
    );
  });

  test('a letter edited in one edition only: the parity problem and the unreleased change, at once', () => {
    const edited = withOvhcloudConsultedToSign();
    const { content, problems } = readContent(edited, WORDED, [readTranslationFiles(`${FIXTURE}/fr`)]);
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line} [${p.rule}] ${p.value}`)).toEqual([
      `${FIXTURE}/fr/phases/1-integration.md:10 [edition-letters] I`,
      `${FIXTURE}/matrix.md:7 [unreleased-changes] 2026-09-01`,
    ]);
    // With allowUnreleased (npm run dev), only the parity problem fails.
    expect(
      readContent(edited, { ...WORDED, allowUnreleased: true }, [readTranslationFiles(`${FIXTURE}/fr`)]).problems.map((p) => p.rule),
    ).toEqual(['edition-letters']);
  });

  test('a typo is reported first, alone: the content is compared with the release only when valid', () => {
    const edited = files();
    const phase = edited.phaseFiles[0];
    if (!phase) throw new Error('fixture');
    phase.source = phase.source.replace(
      '| Sign the contract          | RA           | I            |',
      '| Sign the contract          | RA           | X            |',
    );
    const { problems } = readContent(edited);
    expect(problems.map((p) => p.rule)).toEqual(['unknown-letter']);
  });

  test('an empty releases/ folder: the content has no release yet', () => {
    const { problems } = readContent({ ...files(), releaseFiles: [] });
    expect(problems.map((p) => [p.rule, p.message])).toEqual([
      ['unreleased-changes', 'The content has no release yet (its releases/ folder is empty): run `npm run release` to write its first.'],
    ]);
  });

  test('a folder without releases/ skips the release check', () => {
    expect(readContent({ ...files(), releaseFiles: undefined }).problems).toEqual([]);
  });
});

describe('a release file: exact problems', () => {
  const FILE = releasePath('2026-03-01');
  const read = (source: string, file = FILE) => readRelease({ file, source });
  const where = (source: string, file = FILE) =>
    read(source, file).problems.map((p) => `${p.rule} ${p.line}:${p.column} ${JSON.stringify(p.value)}`);
  const restore = 'A release never changes: restore the file from version control (git checkout -- <file>).';

  test('not JSON: the line and column of the first error, the text from there, the reason', () => {
    const source = releaseText('2026-03-01').replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    expect(read(source).problems).toEqual([
      {
        file: FILE,
        line: 2,
        column: 22,
        rule: 'release-json',
        message: `Not valid JSON (PropertyNameExpected). ${restore}`,
        value: ',\n  "title": "Fixtur',
      },
    ]);
  });

  test('a comment, a trailing comma or nothing at all is not JSON', () => {
    expect(where(releaseText('2026-03-01').replace('"schemaVersion": 1,', '// note\n  "schemaVersion": 1,'))).toEqual([
      'release-json 2:3 "// note\\n  \\"schemaVer"',
    ]);
    expect(read(releaseText('2026-03-01').replace('"schemaVersion": 1,', '// note\n  "schemaVersion": 1,')).problems[0]?.message).toBe(
      `Not valid JSON (InvalidCommentToken). ${restore}`,
    );
    expect(where('{"a": [1,]}')).toEqual(['release-json 1:10 "]}"']);
    expect(read('').problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([`1:1 Not valid JSON (ValueExpected). ${restore}`]);
  });

  test('a value of the wrong type: the line and column of its key, the key and value as written', () => {
    const source = releaseText('2026-03-01').replace('"number": 1,', '"number": "one",');
    expect(read(source).problems).toEqual([
      {
        file: FILE,
        line: 42,
        column: 7,
        rule: 'release-invalid',
        message: `At $.phases[0].number: Invalid input: expected number, received string. ${restore}`,
        value: '"number": "one"',
      },
    ]);
  });

  test('a missing key: the object that lacks it', () => {
    const source = releaseText('2026-03-01').replace('"title": "Onboarding",', '');
    expect(where(source)).toEqual([
      'release-invalid 40:5 "{\\n      \\"id\\": \\"phase-1-onboarding\\",\\n      \\"number\\": 1,\\n      \\n      \\"sections\\": "',
    ]);
  });

  test('a long value is quoted by its first 80 characters', () => {
    const long = 'x'.repeat(100);
    const source = releaseText('2026-03-01').replace('"schemaVersion": 1,', `"schemaVersion": "${long}",`);
    expect(read(source).problems[0]?.value).toBe(`"schemaVersion": "${long}"`.slice(0, 80));
  });

  test('named by another date: on the line of lastUpdated, naming the right file', () => {
    expect(read(releaseText('2026-03-01'), `${FIXTURE}/releases/2026-03-02.json`).problems).toEqual([
      {
        file: `${FIXTURE}/releases/2026-03-02.json`,
        line: 6,
        column: 3,
        rule: 'release-name',
        message: `At $.lastUpdated: a release is named by its date; this one must be 2026-03-01.json. ${restore}`,
        value: '2026-03-01',
      },
    ]);
  });

  test('the checksum problem is on the checksum', () => {
    const source = releaseText('2026-03-01').replace('"Review the security annex"', '"Review the annex"');
    expect(where(source).map((line) => line.split(' "')[0])).toEqual(['release-checksum 190:3']);
  });

  test('written back with serializeRelease, a release reads the same', () => {
    const { release } = read(releaseText('2026-03-01'));
    if (!release) throw new Error('fixture');
    expect(serializeRelease(release)).toBe(releaseText('2026-03-01'));
  });
});

describe('readReleases', () => {
  test('every problem of every file; the valid releases oldest first', () => {
    const files = ['2026-09-01', '2026-01-15', '2026-03-01'].map((date) => ({ file: releasePath(date), source: releaseText(date) }));
    const broken = { file: releasePath('2026-05-01'), source: '{' };
    const { releases, problems } = readReleases([files[0], broken, files[1], files[2]].filter((file) => file !== undefined));
    expect(releases.map((release) => release.lastUpdated)).toEqual(['2026-01-15', '2026-03-01', '2026-09-01']);
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual([`${releasePath('2026-05-01')} release-json`]);
  });

  test('a release with a problem is left out', () => {
    const renamed = { file: `${FIXTURE}/releases/2026-03-02.json`, source: releaseText('2026-03-01') };
    expect(readReleases([renamed]).releases).toEqual([]);
  });
});
