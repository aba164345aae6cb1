import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../src/core/problems';
import { listActivities } from '../../src/core/query';
import { readMatrix, readMatrixMeta } from '../../src/core/read-matrix';
import { expectedPartyLetterCounts, expectedPhases, expectedRows, expectedSections } from '../fixtures/source-expectations';
import { header, metaFile, metaLines, phaseFile, realContentFiles, realMatrix } from './helpers';

const META = realContentFiles().matrixFile;

describe('the real content', () => {
  const { matrix, problems } = realMatrix();

  test('has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('declares the parties and legend of the source', () => {
    expect(matrix?.meta.parties).toEqual([
      { id: 'customer', name: 'Customer' },
      { id: 'ovhcloud', name: 'OVHcloud' },
    ]);
    expect(matrix?.meta.roles.map((r) => `${r.letter}: ${r.definition}`)).toEqual([
      'R: Is in charge of carrying out the process',
      'A: is Accountable for the successful completion of the process',
      'C: Is Consulted during the process',
      'I: Is Informed of the results of the process',
    ]);
    expect(matrix?.meta.lastUpdated).toBe('2026-06-11');
  });

  test('matches the hand transcription: phases, sections, every row and letter', () => {
    expect(matrix?.phases.map((p) => ({ number: p.number, title: p.title }))).toEqual(expectedPhases);
    expect(
      matrix?.phases.flatMap((p) =>
        p.sections.map((s) => ({
          phase: p.number,
          number: s.number,
          title: s.title,
          parent: s.parent,
          activityCount: s.activities.length,
        })),
      ),
    ).toEqual(expectedSections);
    const rows = listActivities(matrix?.phases ?? []).map(({ phase, section, activity }) => ({
      phase: phase.number,
      section: section.number,
      activity: activity.text,
      customer: activity.roles['customer']?.join(''),
      ovhcloud: activity.roles['ovhcloud']?.join(''),
    }));
    expect(rows).toEqual(expectedRows);
  });

  test('per-party letter counts equal the hand counts', () => {
    const activities = listActivities(matrix?.phases ?? []);
    for (const party of ['customer', 'ovhcloud'] as const) {
      const count = (letter: string) => activities.filter(({ activity }) => activity.roles[party]?.includes(letter as 'R')).length;
      const none = activities.filter(({ activity }) => activity.roles[party]?.length === 0).length;
      expect({ R: count('R'), A: count('A'), C: count('C'), I: count('I'), noRole: none }).toEqual(expectedPartyLetterCounts[party]);
    }
  });

  test('every anchor id is unique across the site', () => {
    const ids = (matrix?.phases ?? []).flatMap((p) => [p.id, ...p.sections.flatMap((s) => [s.id, ...s.activities.map((a) => a.id)])]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('rules across files', () => {
  const table = [...header, '| Choose | RA | I |'];

  test('two files for the same phase', () => {
    const files = [
      { file: 'a.md', source: phaseFile(['#### 1.1. Specify', ...table]) },
      { file: 'b.md', source: phaseFile(['#### 1.2. Other', ...table]) },
    ];
    const { problems } = readMatrix(META, files);
    expect(problems).toEqual([expect.objectContaining({ file: 'b.md', rule: 'duplicate-phase', value: '1' })]);
  });

  test('phases are sorted by number whatever the file order', () => {
    const files = [
      { file: 'b.md', source: phaseFile(['#### 2.1. Install', ...table], ['phase: 2', 'title: "Two"']) },
      { file: 'a.md', source: phaseFile(['#### 1.1. Specify', ...table]) },
    ];
    expect(readMatrix(META, files).matrix?.phases.map((p) => p.number)).toEqual([1, 2]);
  });
});

describe('matrix metadata rules', () => {
  const withFrontmatter = metaFile;
  const valid = metaLines;

  test('a complete metadata block is accepted', () => {
    expect(readMatrixMeta(withFrontmatter(valid)).problems).toEqual([]);
  });

  test('a legend missing a letter is rejected', () => {
    const lines = valid.map((line) => line.replace('letter: I', 'letter: R'));
    const { problems } = readMatrixMeta(withFrontmatter(lines));
    expect(problems.map((p) => p.rule)).toEqual(['frontmatter-invalid']);
  });

  test('an impossible date is rejected on its line', () => {
    const { problems } = readMatrixMeta(withFrontmatter(valid.map((line) => line.replace('2026-06-11', '2026-02-31'))));
    expect(problems).toEqual([expect.objectContaining({ rule: 'frontmatter-invalid', line: 7, value: '2026-02-31' })]);
  });

  test('the same party declared twice is rejected', () => {
    const { problems } = readMatrixMeta(withFrontmatter(valid.map((line) => line.replace('OVHcloud', 'Customer'))));
    expect(problems.map((p) => p.rule)).toEqual(['duplicate-party']);
  });
});

describe('problem reports', () => {
  test('name file, line, column, rule and value', () => {
    const problem = {
      file: 'content/phases/3.md',
      line: 42,
      column: 5,
      rule: 'unknown-letter',
      message: 'Unknown role letter "X".',
      value: 'RX',
    };
    expect(formatProblem(problem)).toBe('content/phases/3.md:42:5 [unknown-letter] Unknown role letter "X". (value: "RX")');
    const error = new ContentError([problem, { ...problem, line: 43 }]);
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain('content/phases/3.md:43:5');
  });
});

describe('hostile metadata', () => {
  const FILE = 'content/matrix.md';
  /** The metadata lines with one line replaced, and any body after the front matter. */
  const withLine = (find: string, replace: string, body: readonly string[] = []) => {
    const lines = metaLines.map((line) => (line === find ? replace : line));
    expect(lines).toContain(replace);
    return { file: FILE, source: ['---', ...lines, '---', '', ...body, ''].join('\n') };
  };
  const located = (problems: readonly { file: string; line: number; column: number; rule: string; value: string }[]) =>
    problems.map(({ file, line, column, rule, value }) => ({ file, line, column, rule, value }));

  test('formula-prefix: the title, a party name or a legend definition that begins like a formula', () => {
    expect(located(readMatrixMeta(withLine('title: "T"', 'title: "=T"')).problems)).toEqual([
      { file: FILE, line: 2, column: 8, rule: 'formula-prefix', value: '=T' },
    ]);
    expect(located(readMatrixMeta(withLine('  - name: Customer', '  - name: +Customer')).problems)).toEqual([
      { file: FILE, line: 9, column: 11, rule: 'formula-prefix', value: '+Customer' },
    ]);
    const definition = withLine(
      '  - { letter: R, name: Responsible, definition: "d" }',
      '  - { letter: R, name: Responsible, definition: "@d" }',
    );
    expect(located(readMatrixMeta(definition).problems)).toEqual([
      { file: FILE, line: 12, column: 49, rule: 'formula-prefix', value: '@d' },
    ]);
  });

  test('the messages name the front-matter key down to the value, or the part of the file', () => {
    const messages = (edited: ReturnType<typeof withLine>) => readMatrixMeta(edited).problems.map((p) => p.message);
    expect(messages(withLine('  - name: Customer', '  - name: +Customer'))).toEqual([
      'Front matter "parties.0.name" begins with "+", which spreadsheets read as a formula; reword it.',
    ]);
    expect(
      messages(withLine('  - { letter: C, name: Consulted, definition: "d" }', '  - { letter: C, name: Consulted, definition: "-d" }')),
    ).toEqual(['Front matter "roles.2.definition" begins with "-", which spreadsheets read as a formula; reword it.']);
    expect(messages(withLine('sourceUrl: "https://example.org/x"', 'sourceUrl: "ftp://example.org/x"'))).toEqual([
      'Front matter "sourceUrl" must be an http or https address.',
    ]);
    expect(messages(withLine('title: "T"', 'title: "T"', ['<div>The objective.</div>']))).toEqual([
      'HTML is not allowed in the matrix description; write Markdown.',
    ]);
    expect(messages(withLine('title: "T"', 'title: "T"', ['The <b>objective</b>.']))).toEqual([
      'HTML is not allowed in the matrix description; write plain text.',
    ]);
  });

  test('source-url-scheme: sourceUrl must be http or https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x']) {
      const { meta, problems } = readMatrixMeta(withLine('sourceUrl: "https://example.org/x"', `sourceUrl: "${url}"`));
      expect(meta).toBeUndefined();
      expect(located(problems)).toEqual([{ file: FILE, line: 5, column: 12, rule: 'source-url-scheme', value: url }]);
    }
    expect(readMatrixMeta(withLine('sourceUrl: "https://example.org/x"', 'sourceUrl: "http://example.org/x"')).problems).toEqual([]);
  });

  test('control-character: anywhere in the file, at its line and column', () => {
    const { problems } = readMatrixMeta(withLine('shortTitle: "S"', 'shortTitle: "S\u001b[2J"', ['The objective\uFFFF.']));
    expect(located(problems)).toEqual([
      { file: FILE, line: 3, column: 15, rule: 'control-character', value: '\u001b' },
      { file: FILE, line: 18, column: 14, rule: 'control-character', value: '\uFFFF' },
    ]);
  });

  test('raw-html: the objective, rendered on the home page, may hold Markdown but no HTML', () => {
    const plain = readMatrixMeta(withLine('title: "T"', 'title: "T"', ['The **objective**.', '', '<!-- a note -->']));
    expect(plain.problems).toEqual([]);
    const block = readMatrixMeta(withLine('title: "T"', 'title: "T"', ['The objective.', '', '<script>alert(1)</script>']));
    expect(located(block.problems)).toEqual([{ file: FILE, line: 20, column: 1, rule: 'raw-html', value: '<script>alert(1)</script>' }]);
    const inline = readMatrixMeta(withLine('title: "T"', 'title: "T"', ['The <img src=x onerror=alert(1)> objective.']));
    expect(located(inline.problems)).toEqual([
      { file: FILE, line: 18, column: 5, rule: 'raw-html', value: '<img src=x onerror=alert(1)>' },
    ]);
    const comment = readMatrixMeta(withLine('title: "T"', 'title: "T"', ['<!-- <iframe src=x> -->']));
    expect(located(comment.problems)).toEqual([
      { file: FILE, line: 18, column: 1, rule: 'html-comment-markup', value: '<!-- <iframe src=x> -->' },
    ]);
  });
});

describe('rules across files: exact problems', () => {
  const table = [...header, '| Choose | RA | I |'];

  test('a phase defined twice: on the second file, line 2, naming the first', () => {
    const files = [
      { file: 'a.md', source: phaseFile(['#### 1.1. Specify', ...table]) },
      { file: 'b.md', source: phaseFile(['#### 1.2. Other', ...table]) },
    ];
    const { matrix, problems } = readMatrix(META, files);
    expect(problems).toEqual([
      { file: 'b.md', line: 2, column: 1, rule: 'duplicate-phase', message: 'Phase 1 is also defined in a.md.', value: '1' },
    ]);
    // The second file is left out; the first one is kept.
    expect(matrix?.phases.map((phase) => phase.file)).toEqual(['a.md']);
  });

  test('an anchor id made twice from different numbers and titles: on the line of the second, naming the first', () => {
    // Section 1.1 "2 x" and section 1.1.2 "x" both make section-1-1-2-x.
    const files = [{ file: 'a.md', source: phaseFile(['#### 1.1. 2 x', ...table, '#### 1.1.2. x', ...table]) }];
    expect(readMatrix(META, files).problems).toEqual([
      {
        file: 'a.md',
        line: 10,
        column: 1,
        rule: 'duplicate-id',
        message: 'Anchor id "section-1-1-2-x" is already used by a.md:6; reword one of them.',
        value: 'section-1-1-2-x',
      },
    ]);
  });

  test('a file without front matter is reported and the other phases are still read', () => {
    const files = [
      { file: 'a.md', source: '#### 1.1. Specify\n' },
      { file: 'b.md', source: phaseFile(['#### 2.1. Install', ...table], ['phase: 2', 'title: "Two"']) },
    ];
    const { matrix, problems } = readMatrix(META, files);
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['a.md frontmatter-missing']);
    expect(matrix?.phases.map((phase) => phase.number)).toEqual([2]);
  });

  test('invalid metadata: no matrix, and the phases are not read', () => {
    const meta = metaFile(metaLines.map((line) => line.replace('OVHcloud', 'Customer')));
    const { matrix, problems } = readMatrix(meta, [{ file: 'a.md', source: 'no front matter' }]);
    expect(matrix).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['content/matrix.md duplicate-party']);
  });

  test('phases are sorted by number, not by file or as text', () => {
    const files = [10, 2, 1].map((number) => ({
      file: `p${number}.md`,
      source: phaseFile([`#### ${number}.1. S`, ...table], [`phase: ${number}`, `title: "P${number}"`]),
    }));
    expect(readMatrix(META, files).matrix?.phases.map((p) => p.number)).toEqual([1, 2, 10]);
  });
});

describe('matrix metadata: exact problems', () => {
  test('a party declared twice: on line 1, with its name', () => {
    expect(readMatrixMeta(metaFile(metaLines.map((line) => line.replace('OVHcloud', 'Customer'))))).toEqual({
      meta: undefined,
      problems: [
        {
          file: 'content/matrix.md',
          line: 1,
          column: 1,
          rule: 'duplicate-party',
          message: 'Party "Customer" is declared twice or has no letters to make an id from.',
          value: 'Customer',
        },
      ],
    });
  });

  test('a party name without letters or digits has no id', () => {
    const { meta, problems } = readMatrixMeta(metaFile(metaLines.map((line) => line.replace('OVHcloud', '"!!!"'))));
    expect(meta).toBeUndefined();
    expect(problems.map((p) => `${p.rule} ${p.value}`)).toEqual(['duplicate-party !!!']);
  });

  test('valid metadata: the parties get ids from their names', () => {
    const { meta } = readMatrixMeta(metaFile(metaLines.map((line) => line.replace('OVHcloud', 'Cloud Provider'))));
    expect(meta?.parties).toEqual([
      { id: 'customer', name: 'Customer' },
      { id: 'cloud-provider', name: 'Cloud Provider' },
    ]);
    expect(meta?.shortTitle).toBe('S');
  });
});

describe('problem reports: singular and plural', () => {
  const problem = { file: 'a.md', line: 1, column: 2, rule: 'r', message: 'M.', value: 'v' };

  test('one problem', () => {
    const error = new ContentError([problem]);
    expect(error.message).toBe('The RACI content has 1 problem:\n  - a.md:1:2 [r] M. (value: "v")');
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual([problem]);
  });

  test('several problems, one per line', () => {
    expect(new ContentError([problem, { ...problem, line: 3 }]).message).toBe(
      'The RACI content has 2 problems:\n  - a.md:1:2 [r] M. (value: "v")\n  - a.md:3:2 [r] M. (value: "v")',
    );
  });
});
