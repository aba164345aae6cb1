import { describe, expect, test } from 'vitest';
import { anchorIds, type ContentFiles, readContent } from '../../src/core/content';
import { readMatrix } from '../../src/core/read-matrix';
import { readContentFiles } from '../../src/node/content-folder';
import { unreleasedDifferences } from '../../src/shared/change-wording';
import { header, metaFile, phaseFile } from './helpers';

const FIXTURE = 'tests/fixtures/evolving-content';
/** The differences worded as the build words them. */
const WORDED = { describeUnreleased: unreleasedDifferences };
const files = (): ContentFiles => readContentFiles(FIXTURE);

/** The fixture with a letter of its first phase changed, so it differs from its newest release. */
/** The fixture's content with its first phase file rewritten by `edit`. */
function withFirstPhase(edit: (source: string) => string): ContentFiles {
  const content = files();
  const phase = content.phaseFiles[0];
  if (!phase) throw new Error('fixture');
  phase.source = edit(phase.source);
  return content;
}

function edited(): ContentFiles {
  return withFirstPhase((source) =>
    source.replace(
      '| Sign the contract          | RA           | I            |',
      '| Sign the contract          | RA           | C            |',
    ),
  );
}
/** The content with `more` YAML appended to its aliases file. */
function withAliases(content: ContentFiles, more: string): ContentFiles {
  if (!content.aliasesFile) throw new Error('fixture');
  return { ...content, aliasesFile: { ...content.aliasesFile, source: `${content.aliasesFile.source}${more}` } };
}
/** Aliases that keep the links of the first phase's first two activities, reworded below, alive: to their section. */
const REWORDED_LINKS = [
  '  activity-1-1-sign-the-contract: section-1-1-contract',
  '  activity-1-1-review-the-security-annex: section-1-1-contract',
  '  activity-1-2-enable-two-factor-login: section-1-2-access',
].join('\n');
const withMatrixSource = (content: ContentFiles, edit: (source: string) => string): ContentFiles => ({
  ...content,
  matrixFile: { ...content.matrixFile, source: edit(content.matrixFile.source) },
});

describe('anchorIds', () => {
  test('every phase, section and activity id', () => {
    const { matrix } = readMatrix(metaFile(), [
      { file: 'p.md', source: phaseFile(['## 1.1. Group', '### 1.1.1. Leaf', ...header, '| Act | RA | I |', '| Other | RA | I |']) },
    ]);
    if (!matrix) throw new Error('fixture');
    expect([...anchorIds(matrix)]).toEqual([
      'phase-1-before-subscription',
      'section-1-1-group',
      'section-1-1-1-leaf',
      'activity-1-1-1-act',
      'activity-1-1-1-other',
    ]);
  });
});

describe('readContent', () => {
  test('the content, with its objective, aliases and releases', () => {
    const { content, problems } = readContent(files());
    expect(problems).toEqual([]);
    expect(content?.aliases).toEqual({
      anchors: {
        'activity-1-2-create-admin-accounts': 'activity-1-2-create-administrator-accounts',
        'activity-2-1-test-restores': 'activity-2-2-test-restores',
        'activity-2-1-print-monthly-reports': 'section-2-1-backups',
      },
      pages: {},
    });
    expect(content?.objective).toBe(files().matrixFile.source.split('---\n').slice(2).join('---\n'));
    expect(content?.unreleased).toBeUndefined();
  });

  test('without an alias file: no aliases', () => {
    // Without releases either: their published ids need the aliases.
    expect(readContent({ ...files(), aliasesFile: undefined, releaseFiles: undefined }).content?.aliases).toEqual({
      anchors: {},
      pages: {},
    });
  });

  test('a broken release file is reported, and there is no content', () => {
    const releaseFiles = [...(files().releaseFiles ?? []), { file: `${FIXTURE}/releases/2026-10-01.json`, source: '{' }];
    const { content, problems } = readContent({ ...files(), releaseFiles });
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual([`${FIXTURE}/releases/2026-10-01.json release-json`]);
  });

  test('aliases are checked against the live anchors of the matrix', () => {
    const aliasesFile = { file: 'aliases.yaml', source: 'anchors:\n  phase-1-onboarding: phase-2-operations\n' };
    const { content, problems } = readContent({ ...files(), aliasesFile });
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.value}`)).toEqual(['aliases.yaml:2 alias-shadowed phase-1-onboarding']);
  });

  test('page aliases are checked against the pages the caller names, and only then', () => {
    const content = withAliases(files(), 'pages:\n  /old/: /new/\n');
    expect(readContent(content).problems).toEqual([]);
    const { problems } = readContent(content, { pagePaths: () => ['/', '/other/'] });
    expect(problems.map((p) => `${p.rule} ${p.value}`)).toEqual(['alias-target-missing /new/']);
    expect(readContent(content, { pagePaths: () => ['/new/'] }).problems).toEqual([]);
  });

  test('the pages are computed from the matrix and its releases', () => {
    const aliasesFile = { file: 'aliases.yaml', source: 'pages:\n  /old/: /new/\n' };
    const seen: string[] = [];
    readContent(
      { ...files(), aliasesFile },
      {
        pagePaths: (matrix, releases) => {
          seen.push(`${matrix.phases.length} phases, ${releases.map((release) => release.lastUpdated).join(' ')}`);
          return ['/new/'];
        },
      },
    );
    expect(seen).toEqual(['2 phases, 2026-01-15 2026-03-01 2026-09-01']);
  });
});

describe('the unreleased-changes problem: on the date of lastUpdated', () => {
  test('written with spaces around the colon', () => {
    const content = withMatrixSource(edited(), (source) => source.replace('lastUpdated: 2026-09-01', 'lastUpdated  :   2026-09-01'));
    expect(readContent(content).problems.map((p) => `${p.line}:${p.column} ${p.value}`)).toEqual(['7:18 2026-09-01']);
  });

  test('not fooled by another line that mentions lastUpdated', () => {
    const content = withMatrixSource(edited(), (source) =>
      source
        .replace('description: "', 'description: "lastUpdated: is below; ')
        .replace('shortTitle: ', '# lastUpdated: not here\nshortTitle: '),
    );
    expect(readContent(content).problems.map((p) => `${p.line}:${p.column}`)).toEqual(['8:14']);
  });

  test('a quoted key is not found: line 1, column 1', () => {
    const content = withMatrixSource(edited(), (source) => source.replace('lastUpdated: 2026-09-01', '"lastUpdated": 2026-09-01'));
    expect(readContent(content).problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:1']);
  });

  test('names the release by its file as given, or by its date alone', () => {
    const content = edited();
    content.releaseFiles = content.releaseFiles?.map((file) => ({ ...file, file: file.file.split('/').at(-1) ?? '' }));
    expect(readContent(content, WORDED).problems[0]?.message).toMatch(/^The content differs from its newest release, 2026-09-01\.json \(/);
  });

  test('without a wording of the differences, names none', () => {
    expect(readContent(edited()).problems[0]?.message).toMatch(
      /^The content differs from its newest release, \S+2026-09-01\.json\. A release never changes/,
    );
  });

  test('names five differences, then how many more', () => {
    // Three activities reworded, their old links kept to their sections: three additions and three removals.
    const content = withAliases(
      withFirstPhase((source) =>
        source
          .replace('Sign the contract ', 'Sign the contracts')
          .replace('Review the security annex ', 'Review the security annexe')
          .replace('Enable two-factor login ', 'Enable two-factor logins'),
      ),
      `${REWORDED_LINKS}\n`,
    );
    expect(readContent(content, WORDED).problems[0]?.message).toBe(
      `The content differs from its newest release, ${FIXTURE}/releases/2026-09-01.json (` +
        '“Sign the contracts” — Added in 1.1. Contract; “Review the security annexe” — Added in 1.1. Contract; ' +
        '“Sign the contract” — Removed from 1.1. Contract; “Review the security annex” — Removed from 1.1. Contract; ' +
        '“Enable two-factor logins” — Added in 1.2. Access; and 1 more). A release never changes: ' +
        `change lastUpdated in ${FIXTURE}/matrix.md to the date of this version (after 2026-09-01), then run \`npm run release\`.`,
    );
  });

  test('exactly five: all named, no "and 0 more"', () => {
    // Two activities reworded (two additions, two removals) and one letter changed.
    const content = withAliases(
      withFirstPhase((source) =>
        source
          .replace('Sign the contract ', 'Sign the contracts')
          .replace('Review the security annex ', 'Review the security annexe')
          .replace(
            '| Enable two-factor login        | RA           | C            |',
            '| Enable two-factor login        | RA           | I            |',
          ),
      ),
      `${REWORDED_LINKS.split('\n').slice(0, 2).join('\n')}\n`,
    );
    const message = readContent(content, WORDED).problems[0]?.message ?? '';
    expect(message).toContain(
      '(“Sign the contracts” — Added in 1.1. Contract; “Review the security annexe” — Added in 1.1. Contract; ' +
        '“Sign the contract” — Removed from 1.1. Contract; “Review the security annex” — Removed from 1.1. Contract; ' +
        '“Enable two-factor login” — OVHcloud: C → I). A release never changes',
    );
  });

  test('no more than five: no "more"', () => {
    const message = readContent(edited(), WORDED).problems[0]?.message ?? '';
    expect(message).toContain('(“Sign the contract” — OVHcloud: I → C). A release never changes');
  });
});

describe('published ids never break', () => {
  // The fixture removed "Print monthly reports" (2.1) on 2026-09-01 and keeps its link alive with an
  // alias to its section; its releases of 2026-01-15 and 2026-03-01 published it.
  const REMOVED = 'activity-2-1-print-monthly-reports';
  const withoutAlias = (id: string): ContentFiles => {
    const content = files();
    if (!content.aliasesFile) throw new Error('fixture');
    const source = content.aliasesFile.source
      .split('\n')
      .filter((line) => !line.trimStart().startsWith(`${id}:`))
      .join('\n');
    return { ...content, aliasesFile: { ...content.aliasesFile, source } };
  };

  test('every id of every release resolves, live or through an alias: no problem', () => {
    expect(readContent(files()).problems).toEqual([]);
  });

  test('an id a release published, without its alias: one problem, where the oldest release writes it', () => {
    const { content, problems } = readContent(withoutAlias(REMOVED));
    expect(content).toBeUndefined();
    // releases/2026-01-15.json, phase 2, section 2.1, third activity: its "id" value is on line 152, column 21.
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} [${p.rule}] ${p.value}`)).toEqual([
      `${FIXTURE}/releases/2026-01-15.json:152:21 [published-id-missing] ${REMOVED}`,
    ]);
    expect(problems[0]?.message).toContain(
      `"${REMOVED}" was published in the release of 2026-01-15 (2026-01-15.json) and no longer leads anywhere, so links to it ` +
        `would break. Add \`${REMOVED}: <its id now>\` under anchors: in ${FIXTURE}/aliases.yaml; if it was removed, map it to its section's id.`,
    );
  });

  test('a renamed activity without its alias: the hint names the new id', () => {
    const { problems } = readContent(withoutAlias('activity-1-2-create-admin-accounts'));
    expect(problems.map((p) => p.value)).toEqual(['activity-1-2-create-admin-accounts']);
    expect(problems[0]?.message).toMatch(/ The closest: "activity-1-2-create-administrator-accounts"/);
  });

  test('a renamed section and a renamed phase: their published ids too, each where its oldest release writes it', () => {
    const content = withFirstPhase((source) =>
      source.replace('title: "Onboarding"', 'title: "Subscription"').replace('#### 1.2. Access', '#### 1.2. Accesses'),
    );
    const { problems } = readContent(content);
    // releases/2026-01-15.json: the phase's "id" on line 41, column 13; section 1.2's on line 80, column 17 (read by hand).
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.value}`)).toEqual([
      `${FIXTURE}/releases/2026-01-15.json:41:13 phase-1-onboarding`,
      `${FIXTURE}/releases/2026-01-15.json:80:17 section-1-2-access`,
    ]);
  });

  test('without an aliases file, the fix names where it would be', () => {
    const { problems } = readContent({ ...files(), aliasesFile: undefined });
    expect(problems.map((p) => p.value)).toEqual(['activity-1-2-create-admin-accounts', 'activity-2-1-test-restores', REMOVED]);
    expect(problems[0]?.message).toContain(`under anchors: in ${FIXTURE}/aliases.yaml;`);
  });
});

describe('guides are checked with the content', () => {
  const guide = (source: string) => ({ ...files(), guideFiles: [{ file: 'guides/g.mdx', source }] });
  const frontmatter = '---\ntitle: T\ndescription: D\norder: 1\n---\n';

  test('a guide naming an unknown activity: no content, the located problem', () => {
    const { content, problems } = readContent(guide(`${frontmatter}<ExampleRow activity="activity-1-1-sign-the-contracts" />\n`));
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} [${p.rule}]`)).toEqual(['guides/g.mdx:6:23 [guide-reference]']);
  });

  test('a guide naming a renamed activity: the content, and a warning', () => {
    const { content, problems, warnings } = readContent(
      guide(`${frontmatter}<ExampleRow activity="activity-1-2-create-admin-accounts" />\n`),
    );
    expect(content).toBeDefined();
    expect(problems).toEqual([]);
    expect(warnings.map((p) => `${p.file}:${p.line}:${p.column} [${p.rule}] ${p.value}`)).toEqual([
      'guides/g.mdx:6:23 [guide-old-reference] activity-1-2-create-admin-accounts',
    ]);
  });

  test('links are checked against the pages and files the caller names', () => {
    const linked = guide(`${frontmatter}[CSV](/exports/raci-matrix.csv), [page](/changes/)\n`);
    expect(readContent(linked).problems).toEqual([]);
    const options = { pagePaths: () => ['/changes/'], filePaths: () => ['/exports/raci-matrix.json'] };
    expect(readContent(linked, options).problems.map((p) => `${p.rule} ${p.value}`)).toEqual(['guide-reference /exports/raci-matrix.csv']);
  });
});
