import { describe, expect, test } from 'vitest';
import { type ContentProblem, formatProblem } from '../../src/core/problems';
import { readPhase } from '../../src/core/read-phase';
import { header, phaseFile, twoParties } from './helpers';

const FILE = 'content/phases/1-before-subscription.md';

function problemsOf(body: string[], frontmatter?: string[]): ContentProblem[] {
  return readPhase(FILE, phaseFile(body, frontmatter), twoParties).problems;
}

/** The one problem a snippet must produce, with its rule, line and value. */
function expectSingle(problems: ContentProblem[], rule: string, line: number, value: string) {
  expect(problems.map((p) => p.rule)).toEqual([rule]);
  expect(problems[0]).toMatchObject({ file: FILE, rule, line, value });
}

describe('a valid phase', () => {
  test('reads sections, activities and letters in the order written', () => {
    const { phase, problems } = readPhase(
      FILE,
      phaseFile([
        '#### 1.1. Specify service as needed',
        '',
        ...header,
        '| Choose the location of infrastructures | RA | I |',
        '| Obtain support | A | R |',
        '| Destroy media |  | RA |',
      ]),
      twoParties,
    );
    expect(problems).toEqual([]);
    expect(phase).toMatchObject({
      id: 'phase-1-before-subscription',
      slug: '1-before-subscription',
      number: 1,
      title: 'Before subscription',
      file: FILE,
    });
    expect(phase?.sections).toHaveLength(1);
    const [section] = phase?.sections ?? [];
    expect(section).toMatchObject({
      id: 'section-1-1-specify-service-as-needed',
      number: '1.1',
      title: 'Specify service as needed',
      depth: 2,
      parent: null,
      line: 6,
    });
    // A cell's column is where it starts: at the pipe before it.
    expect(section?.activities).toEqual([
      {
        id: 'activity-1-1-choose-the-location-of-infrastructures',
        text: 'Choose the location of infrastructures',
        roles: { customer: ['R', 'A'], ovhcloud: ['I'] },
        line: 10,
        columns: { customer: 42, ovhcloud: 47 },
      },
      {
        id: 'activity-1-1-obtain-support',
        text: 'Obtain support',
        roles: { customer: ['A'], ovhcloud: ['R'] },
        line: 11,
        columns: { customer: 18, ovhcloud: 22 },
      },
      {
        id: 'activity-1-1-destroy-media',
        text: 'Destroy media',
        roles: { customer: [], ovhcloud: ['R', 'A'] },
        line: 12,
        columns: { customer: 17, ovhcloud: 20 },
      },
    ]);
  });

  test('takes the hierarchy from section numbers, not heading levels, and strips bold', () => {
    const { phase, problems } = readPhase(
      FILE,
      phaseFile(
        [
          '#### 3.2. Event management',
          '',
          '##### **3.2.1. Incidents**',
          '',
          ...header,
          '| Fix | C | RA |',
          '',
          '#### **3.2.2. Change**',
          '',
          ...header,
          '| Update VMs | RA | I |',
        ],
        ['phase: 3', 'title: "Service Usage"'],
      ),
      twoParties,
    );
    expect(problems).toEqual([]);
    expect(phase?.sections.map((s) => [s.number, s.title, s.depth, s.parent])).toEqual([
      ['3.2', 'Event management', 2, null],
      ['3.2.1', 'Incidents', 3, '3.2'],
      ['3.2.2', 'Change', 3, '3.2'],
    ]);
  });

  test('a section with sub-sections needs no table of its own', () => {
    const { problems } = readPhase(FILE, phaseFile(['## 1.1. Group', '### 1.1.1. Leaf', ...header, '| Act | RA | I |']), twoParties);
    expect(problems).toEqual([]);
  });

  test('works with three parties declared, without code changes', () => {
    const parties = [...twoParties, { id: 'integrator', name: 'Integrator' }];
    const { phase, problems } = readPhase(
      FILE,
      phaseFile([
        '#### 1.1. Specify',
        '| Activity | Customer | OVHcloud | Integrator |',
        '| --- | --- | --- | --- |',
        '| Act | A | I | R |',
      ]),
      parties,
    );
    expect(problems).toEqual([]);
    expect(phase?.sections[0]?.activities[0]?.roles).toEqual({ customer: ['A'], ovhcloud: ['I'], integrator: ['R'] });
  });
});

describe('cell rules', () => {
  const table = (row: string) => ['#### 1.1. Specify', ...header, row];

  test('unknown letter', () => {
    const problems = problemsOf(table('| Choose | RX | A |'));
    expect(problems.map((p) => p.rule)).toContain('unknown-letter');
    expect(problems.find((p) => p.rule === 'unknown-letter')).toMatchObject({ line: 9, value: 'RX' });
  });

  test('lower-case letters are unknown letters, not silently upper-cased', () => {
    expect(problemsOf(table('| Choose | ra | I |')).filter((p) => p.rule === 'unknown-letter')).toHaveLength(2);
  });

  test('repeated letter', () => {
    expectSingle(problemsOf(table('| Choose | RAR | I |')), 'repeated-letter', 9, 'RAR');
  });

  test('too few cells', () => {
    const problems = problemsOf(table('| Choose | RA |'));
    expect(problems[0]).toMatchObject({ rule: 'cell-count', line: 9, value: 'Choose' });
    expect(problems[0]?.message).toContain('too few');
  });

  test('too many cells', () => {
    const problems = problemsOf(table('| Choose | RA | I | C |'));
    expectSingle(problems, 'cell-count', 9, 'Choose');
    expect(problems[0]?.message).toContain('too many');
  });

  test('no A', () => {
    expectSingle(problemsOf(table('| Choose | R | I |')), 'accountable-missing', 9, 'Choose');
  });

  test('more than one A', () => {
    expectSingle(problemsOf(table('| Choose | RA | A |')), 'accountable-multiple', 9, 'Choose');
  });

  test('no R', () => {
    expectSingle(problemsOf(table('| Choose | A | I |')), 'responsible-missing', 9, 'Choose');
  });

  test('empty activity', () => {
    expectSingle(problemsOf(table('|  | RA | I |')), 'empty-activity', 9, '');
  });

  test('duplicate activity within a section', () => {
    expectSingle(problemsOf([...table('| Choose | RA | I |'), '| Choose | RA | I |']), 'duplicate-activity', 10, 'Choose');
  });

  test('the same activity in two sections is fine and gets two ids', () => {
    const { phase, problems } = readPhase(
      FILE,
      phaseFile([...table('| Choose | RA | I |'), '#### 1.2. Other', ...header, '| Choose | RA | I |']),
      twoParties,
    );
    expect(problems).toEqual([]);
    expect(phase?.sections.map((s) => s.activities[0]?.id)).toEqual(['activity-1-1-choose', 'activity-1-2-choose']);
  });
});

describe('column rules', () => {
  test('undeclared party', () => {
    const problems = problemsOf(['#### 1.1. Specify', '| Activity | Customer | OVH |', '| --- | --- | --- |', '| Choose | RA | I |']);
    expect(problems.map((p) => p.rule)).toEqual(['undeclared-party', 'missing-party']);
    expect(problems[0]).toMatchObject({ line: 7, value: 'OVH' });
    expect(problems[1]).toMatchObject({ line: 7, value: 'OVHcloud' });
  });

  test('a party column given twice', () => {
    const problems = problemsOf([
      '#### 1.1. Specify',
      '| Activity | Customer | Customer | OVHcloud |',
      '| --- | --- | --- | --- |',
      '| Choose | RA | I | I |',
    ]);
    expect(problems.map((p) => p.rule)).toEqual(['duplicate-party-column']);
  });

  test('first column must be Activity', () => {
    const problems = problemsOf(['#### 1.1. Specify', '| Task | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | RA | I |']);
    expectSingle(problems, 'activity-column', 7, 'Task');
  });

  test('a table without rows', () => {
    expectSingle(problemsOf(['#### 1.1. Specify', ...header]), 'empty-table', 7, '1.1');
  });
});

describe('section rules', () => {
  const rows = [...header, '| Choose | RA | I |'];

  test('duplicate section number', () => {
    expectSingle(problemsOf(['#### 1.1. Specify', ...rows, '#### 1.1. Again', ...rows]), 'duplicate-section', 10, '1.1. Again');
  });

  test('section number outside its phase', () => {
    expectSingle(problemsOf(['#### 2.1. Install service', ...rows]), 'section-outside-phase', 6, '2.1. Install service');
  });

  test('sub-section before its parent', () => {
    expectSingle(problemsOf(['#### 1.2.1. Orphan', ...rows]), 'section-parent-missing', 6, '1.2.1. Orphan');
  });

  test('heading without a number', () => {
    expectSingle(problemsOf(['#### Specify', ...rows]), 'section-heading', 6, 'Specify');
  });

  test('table before any section', () => {
    expectSingle(problemsOf(rows), 'table-outside-section', 6, 'Activity');
  });

  test('leaf section without a table', () => {
    expectSingle(problemsOf(['#### 1.1. Specify', '#### 1.2. Other', ...rows]), 'section-without-activities', 6, '1.1. Specify');
  });

  test('two tables in one section', () => {
    expectSingle(problemsOf(['#### 1.1. Specify', ...rows, '', ...rows]), 'section-table-count', 11, 'Activity');
  });

  test('prose or lists are not silently dropped', () => {
    const problems = problemsOf(['#### 1.1. Specify', 'Some note.', ...rows]);
    expectSingle(problems, 'unsupported-content', 7, 'Some note.');
  });

  test('HTML comments are allowed for authors', () => {
    expect(problemsOf(['<!-- reviewed 2026 -->', '#### 1.1. Specify', ...rows])).toEqual([]);
  });
});

describe('front matter rules', () => {
  test('missing front matter', () => {
    const { problems, phase } = readPhase(FILE, '#### 1.1. Specify\n', twoParties);
    expect(phase).toBeUndefined();
    expectSingle(problems, 'frontmatter-missing', 1, '');
  });

  test('wrong type, reported on the line of the key', () => {
    const problems = problemsOf(['#### 1.1. Specify'], ['title: "Before subscription"', 'phase: one']);
    expectSingle(problems, 'frontmatter-invalid', 3, 'one');
    expect(problems[0]?.message).toContain('"phase"');
  });

  test('missing key, reported on the front matter', () => {
    const problems = problemsOf(['#### 1.1. Specify'], ['phase: 1']);
    expect(problems[0]).toMatchObject({ rule: 'frontmatter-invalid' });
    expect(problems[0]?.message).toContain('"title"');
  });

  test('unknown key', () => {
    const problems = problemsOf(['#### 1.1. Specify'], ['phase: 1', 'title: "X"', 'colour: blue']);
    expectSingle(problems, 'frontmatter-invalid', 4, 'blue');
    expect(problems[0]?.message).toContain('colour');
  });

  test('invalid YAML', () => {
    const problems = problemsOf(['#### 1.1. Specify'], ['phase: 1', 'title: "unclosed']);
    expect(problems[0]?.rule).toBe('frontmatter-yaml');
  });
});

/** The one problem of a rule, in full: file, line, column and value as written. */
function problemOf(problems: ContentProblem[], rule: string) {
  const found = problems.filter((p) => p.rule === rule);
  expect(found, `${rule} in ${JSON.stringify(problems)}`).toHaveLength(1);
  const [problem] = found;
  return { file: problem?.file, line: problem?.line, column: problem?.column, value: problem?.value };
}

describe('hostile content', () => {
  const table = (row: string) => ['#### 1.1. Specify', ...header, row];

  test('formula-prefix: an activity that begins with =, +, - or @ is refused at its cell', () => {
    for (const activity of ['=HYPERLINK("https://evil.example")', '+33 1 23', '-1 point', '@SUM(A1)']) {
      const problems = problemsOf(table(`| ${activity} | RA | I |`));
      expect(problems.map((p) => p.rule)).toEqual(['formula-prefix']);
      expect(problemOf(problems, 'formula-prefix')).toEqual({ file: FILE, line: 9, column: 1, value: activity });
    }
  });

  test('formula-prefix: a section title or the phase title that begins like a formula', () => {
    const section = problemsOf(['#### 1.1. =cmd', ...header, '| Choose | RA | I |']);
    expect(section.map((p) => p.rule)).toEqual(['formula-prefix']);
    expect(problemOf(section, 'formula-prefix')).toEqual({ file: FILE, line: 6, column: 1, value: '=cmd' });
    const phase = problemsOf(table('| Choose | RA | I |'), ['phase: 1', 'title: "@SUM(A1)"']);
    expect(phase.map((p) => p.rule)).toEqual(['formula-prefix']);
    expect(problemOf(phase, 'formula-prefix')).toEqual({ file: FILE, line: 3, column: 8, value: '@SUM(A1)' });
  });

  test('formula-prefix: a sign inside the text, or an empty letter cell, is fine', () => {
    expect(problemsOf(table('| Back up (see 1-2) = done @ night | RA |  |'))).toEqual([]);
  });

  test('control-character: located at its exact line and column, shown escaped', () => {
    const problems = problemsOf(table('| Choose\u0007 | RA | I |'));
    expect(problems.map((p) => p.rule)).toEqual(['control-character']);
    expect(problemOf(problems, 'control-character')).toEqual({ file: FILE, line: 9, column: 9, value: '\u0007' });
    expect(formatProblem(problems[0] as ContentProblem)).toBe(
      `${FILE}:9:9 [control-character] The control character U+0007 is not allowed in content; remove it. (value: "\\u0007")`,
    );
  });

  test('control-character: NUL in the front matter, U+FFFE in a heading, U+FFFF anywhere; tab and CR are fine', () => {
    const lines = [
      '---',
      'phase: 1',
      'title: "Before\u0000"',
      '---',
      '#### 1.1. Spec\uFFFEify',
      ...header,
      '| Choose\t| RA | I |\r',
      '\uFFFF',
    ];
    const problems = readPhase(FILE, lines.join('\n'), twoParties).problems.filter((p) => p.rule === 'control-character');
    expect(problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [3, 15, '\u0000'],
      [5, 15, '\uFFFE'],
      [9, 1, '\uFFFF'],
    ]);
    expect(problems.map(formatProblem).map((line) => line.slice(line.indexOf('(value:')))).toEqual([
      '(value: "\\u0000")',
      '(value: "\\ufffe")',
      '(value: "\\uffff")',
    ]);
  });

  test('raw-html: inline HTML in a heading or a cell is refused where it starts', () => {
    const heading = problemsOf(['#### 1.1. Specify <b>x</b>', ...header, '| Choose | RA | I |']);
    expect(heading.map((p) => p.rule)).toEqual(['raw-html']);
    expect(problemOf(heading, 'raw-html')).toEqual({ file: FILE, line: 6, column: 19, value: '<b>' });

    const activity = problemsOf(table('| Choose <img src=x onerror=alert(1)> | RA | I |'));
    expect(activity.map((p) => p.rule)).toEqual(['raw-html']);
    expect(problemOf(activity, 'raw-html')).toEqual({ file: FILE, line: 9, column: 10, value: '<img src=x onerror=alert(1)>' });

    const letters = problemsOf(table('| Choose | **<i>RA</i>** | I |'));
    expect(problemOf(letters, 'raw-html')).toEqual({ file: FILE, line: 9, column: 14, value: '<i>' });

    const comment = problemsOf(table('| Choose <!-- x --> | RA | I |'));
    expect(problemOf(comment, 'raw-html')).toEqual({ file: FILE, line: 9, column: 10, value: '<!-- x -->' });
  });

  test('html-comment-markup: a comment hiding markup is refused, plain comments stay allowed', () => {
    const rows = ['#### 1.1. Specify', ...header, '| Choose | RA | I |'];
    expect(problemsOf(['<!-- reviewed 2026-06 -->', '<!--', 'two lines: a < b', '-->', ...rows])).toEqual([]);
    const script = problemsOf(['<!-- <script>alert(1)</script> -->', ...rows]);
    expect(script.map((p) => p.rule)).toEqual(['html-comment-markup']);
    expect(problemOf(script, 'html-comment-markup')).toEqual({
      file: FILE,
      line: 6,
      column: 1,
      value: '<!-- <script>alert(1)</script> -->',
    });
    const second = problemsOf(['<!-- ok --> <!-- <img src=x> -->', ...rows]);
    expect(problemOf(second, 'html-comment-markup')).toEqual({ file: FILE, line: 6, column: 13, value: '<!-- <img src=x> -->' });
    // `<!-->` closes at once in a browser: what follows would be markup.
    const early = problemsOf(['<!--> <b>shown</b> -->', ...rows]);
    expect(problemOf(early, 'html-comment-markup')).toEqual({ file: FILE, line: 6, column: 1, value: '<!--> <b>shown</b> -->' });
    const nextLine = problemsOf(['<!-- note', '--> <b>shown</b> <!-- -->', ...rows]);
    expect(nextLine.map((p) => p.rule)).toEqual(['unsupported-content']);
    const between = problemsOf(['<!-- a --> <b>shown</b> <!-- b -->', ...rows]);
    expect(between.map((p) => [p.rule, p.line, p.value])).toEqual([['unsupported-content', 6, '<!-- a --> <b>shown</b> <!-- b -->']]);
  });
});

/** Every problem of a snippet, as `rule line:column value`, in the order reported. */
function located(body: string[], frontmatter?: string[]): string[] {
  return problemsOf(body, frontmatter).map((p) => `${p.rule} ${p.line}:${p.column} ${JSON.stringify(p.value)}`);
}

describe('exact locations: line and column of each problem', () => {
  test('indented blocks are reported at their own column, cells at the column of their pipe', () => {
    expect(
      located(['   #### 1.1. Specify', '', '  | Task | Customer | OVH |', '  | --- | --- | --- |', '  |  | RX | RR |', '', '  Some note.']),
    ).toEqual([
      'activity-column 8:3 "Task"',
      'undeclared-party 8:21 "OVH"',
      'missing-party 8:1 "OVHcloud"',
      'empty-activity 10:3 ""',
      'unsupported-content 12:3 "Some note."',
    ]);
  });

  test('letters: the column of the offending cell', () => {
    expect(located(['#### 1.1. Specify', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | RX | AA |'])).toEqual([
      'unknown-letter 9:10 "RX"',
      'repeated-letter 9:15 "AA"',
    ]);
  });

  test('headings: the column of the heading, whatever its level', () => {
    expect(located(['  ## 2.1. Elsewhere', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | RA | I |'])).toEqual([
      'section-outside-phase 6:3 "2.1. Elsewhere"',
    ]);
    expect(located([' # Specify'])).toEqual(['section-heading 6:2 "Specify"']);
    expect(located(['#### 1.1. A', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| X | RA | I |', ' #### 1.1. B'])).toEqual(
      ['duplicate-section 10:2 "1.1. B"'],
    );
    expect(located(['  ### 1.2.1. Orphan', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| X | RA | I |'])).toEqual([
      'section-parent-missing 6:3 "1.2.1. Orphan"',
    ]);
  });

  test('tables out of place: the column of the table', () => {
    const rows = ['| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | RA | I |'];
    expect(located(rows.map((row) => `  ${row}`))).toEqual(['table-outside-section 6:3 "Activity"']);
    expect(located(['#### 1.1. Specify', ...rows, '', ...rows.map((row) => ` ${row}`)])).toEqual(['section-table-count 11:2 "Activity"']);
  });

  test('row and section problems are reported at column 1 of their line', () => {
    const header2 = ['| Activity | Customer | OVHcloud |', '| --- | --- | --- |'];
    expect(located(['#### 1.1. Specify', ...header2, '  | Choose | R | I | C |'])).toEqual([
      'cell-count 9:1 "Choose"',
      'accountable-missing 9:1 "Choose"',
    ]);
    expect(located(['#### 1.1. Specify', ...header2, '| Choose | RA | A |', '| Choose | RA | I |'])).toEqual([
      'accountable-multiple 9:1 "Choose"',
      'duplicate-activity 10:1 "Choose"',
    ]);
    expect(located(['  #### 1.1. Specify', '  #### 1.2. Other', ...header2, '| Choose | RA | I |'])).toEqual([
      'section-without-activities 6:1 "1.1. Specify"',
    ]);
    expect(located(['   #### 1.1. Specify', ...header2.map((row) => `  ${row}`)])).toEqual(['empty-table 7:1 "1.1"']);
  });
});

describe('messages name what is wrong', () => {
  const messages = (body: string[]) => problemsOf(body).map((p) => p.message);
  const header2 = ['| Activity | Customer | OVHcloud |', '| --- | --- | --- |'];

  test('for rows and letters', () => {
    expect(messages(['#### 1.1. Specify', ...header2, '| Choose | Rx | AA |', '| Other | RA | A |', '| Third | RA | I | C |'])).toEqual([
      'Unknown role letter "x" for Customer; use R, A, C or I.',
      'Letter "A" is repeated in the OVHcloud cell.',
      '2 parties are Accountable (A); exactly one must be.',
      'Row has too many cells: 4 where the header has 3.',
    ]);
    expect(messages(['#### 1.1. Specify', ...header2, '| Choose | C |', '| Choose | RA | I |'])).toEqual([
      'Row has too few cells: 2 where the header has 3.',
      'No party is Accountable (A) for this activity.',
      'No party is Responsible (R) for this activity.',
      'Activity is listed twice in section 1.1.',
    ]);
  });

  test('for columns and tables', () => {
    expect(
      messages(['#### 1.1. Specify', '| Task | Customer | Customer | OVH |', '| --- | --- | --- | --- |', '| Choose | RA | I | I |']),
    ).toEqual([
      'The first column must be "Activity".',
      'Party "Customer" has two columns.',
      'Column "OVH" is not a declared party (declared: "Customer", "OVHcloud").',
      'The table has no column for declared party "OVHcloud".',
    ]);
    expect(messages(['#### 1.1. Specify', ...header2])).toEqual(['The table of section 1.1 has no activity rows.']);
    expect(messages(['#### 1.1. Specify', ...header2, '| Choose | RA | I |', '', ...header2, '| Other | RA | I |'])).toEqual([
      'Section 1.1 already has a table; each section holds one table.',
    ]);
    expect(messages([...header2, '| Choose | RA | I |'])).toEqual(['A table must follow a numbered section heading.']);
  });

  test('for sections', () => {
    const table = [...header2, '| Choose | RA | I |'];
    expect(
      messages(['#### 1.1. Specify', ...table, '#### 1.1. Again', ...table, '#### 3.1. Far', ...table, '#### 1.4.1. Orphan', ...table]),
    ).toEqual([
      'Section number 1.1 is used twice in this phase.',
      'Section 3.1 does not belong to phase 1.',
      'Section 1.4.1 needs section 1.4 before it.',
    ]);
    expect(messages(['#### Specify', ...table])).toEqual([
      'A heading must start with a section number such as "1.2." followed by a title.',
    ]);
    expect(messages(['#### 1.1. Specify', '#### 1.2. Other', ...table])).toEqual(['Section 1.1 has neither a table nor sub-sections.']);
  });

  test('for content other than headings and tables: the kind of block found', () => {
    expect(problemsOf(['- item', '', '> quote', '', '***', '', 'Prose.']).map((p) => `${p.message} ${p.value}`)).toEqual([
      'Only numbered headings and tables are allowed here, found a list. - item',
      'Only numbered headings and tables are allowed here, found a blockquote. > quote',
      'Only numbered headings and tables are allowed here, found a thematicBreak. ***',
      'Only numbered headings and tables are allowed here, found a paragraph. Prose.',
    ]);
  });

  test('a long paragraph is quoted by its first 80 characters', () => {
    const prose = `${'word '.repeat(30)}end`;
    expect(problemsOf([prose])[0]?.value).toBe(prose.slice(0, 80));
  });
});

describe('raw HTML in a phase body', () => {
  test('is refused, with the HTML as written; an HTML comment alone is not', () => {
    expect(
      located([
        '<div>x</div>',
        '',
        '<div>x</div><!-- a -->',
        '',
        '<!-- a --> <b>x</b>',
        '',
        '<!-- x -->   ',
        '',
        '<!--',
        'several lines',
        '-->',
      ]),
    ).toEqual([
      'unsupported-content 6:1 "<div>x</div>"',
      'unsupported-content 8:1 "<div>x</div><!-- a -->"',
      'unsupported-content 10:1 "<!-- a --> <b>x</b>"',
    ]);
    expect(problemsOf(['<div>x</div>'])[0]?.message).toBe('Only numbered headings and tables are allowed (HTML comments are ignored).');
  });
});

describe('a rejected heading still owns its table', () => {
  test('the table is checked without a table-outside-section cascade', () => {
    expect(located(['#### 9.1. Elsewhere', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |'])).toEqual([
      'section-outside-phase 6:1 "9.1. Elsewhere"',
      'empty-table 7:1 ""',
    ]);
  });

  test('its rows are checked, its second table is refused, and nothing of it reaches the phase', () => {
    const table = ['| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | R | I |'];
    const { phase, problems } = readPhase(FILE, phaseFile(['#### Unnumbered', ...table, '', ...table]), twoParties);
    expect(problems.map((p) => `${p.rule} ${p.line}`)).toEqual(['section-heading 6', 'accountable-missing 9', 'section-table-count 11']);
    expect(phase?.sections).toEqual([]);
  });
});

describe('a wrong header is reported alone, not on every row', () => {
  test('an undeclared column: rows are not checked for A and R', () => {
    expect(located(['#### 1.1. Specify', '| Activity | Customer | OVH |', '| --- | --- | --- |', '| Choose | R | I |'])).toEqual([
      'undeclared-party 7:23 "OVH"',
      'missing-party 7:1 "OVHcloud"',
    ]);
  });

  test('letters are still checked, and the declared columns still read', () => {
    const { phase, problems } = readPhase(
      FILE,
      phaseFile(['#### 1.1. Specify', '| Task | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | X | I |']),
      twoParties,
    );
    expect(problems.map((p) => p.rule)).toEqual(['activity-column', 'unknown-letter']);
    expect(phase?.sections[0]?.activities).toEqual([
      {
        id: 'activity-1-1-choose',
        text: 'Choose',
        roles: { customer: [], ovhcloud: ['I'] },
        line: 9,
        columns: { customer: 10, ovhcloud: 14 },
      },
    ]);
  });

  test("the first column is the edition's own word for an activity", () => {
    const french = phaseFile([
      '#### 1.1. Spécifier',
      '| **Activité** | **Customer** | **OVHcloud** |',
      '| --- | --- | --- |',
      '| Choisir | RA | I |',
    ]);
    expect(readPhase(FILE, french, twoParties, 'Activité').problems).toEqual([]);
    expect(readPhase(FILE, french, twoParties).problems.map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`)).toEqual([
      'activity-column 7:1 The first column must be "Activity".',
    ]);
  });
});

describe('letters in a cell', () => {
  test('may be spaced out, and read in the order written', () => {
    const { phase, problems } = readPhase(
      FILE,
      phaseFile(['#### 1.1. Specify', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | C  A R | I |']),
      twoParties,
    );
    expect(problems).toEqual([]);
    expect(phase?.sections[0]?.activities[0]?.roles).toEqual({ customer: ['C', 'A', 'R'], ovhcloud: ['I'] });
  });

  test('a missing cell reads as no role', () => {
    const { phase } = readPhase(
      FILE,
      phaseFile(['#### 1.1. Specify', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | RA |']),
      twoParties,
    );
    expect(phase?.sections[0]?.activities[0]?.roles).toEqual({ customer: ['R', 'A'], ovhcloud: [] });
  });
});

describe('front matter: exact locations', () => {
  test('invalid YAML: the line and column in the file, the parser message first line', () => {
    const problems = problemsOf(['#### 1.1. Specify'], ['phase: 1', 'title: "x']);
    expect(problems).toEqual([{ file: FILE, line: 3, column: 10, rule: 'frontmatter-yaml', message: 'Missing closing "quote', value: '' }]);
  });

  test('invalid YAML on a later line', () => {
    const problems = problemsOf(['#### 1.1. Specify'], ['phase: [1', 'title: x']);
    expect(problems.map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual(['frontmatter-yaml 3:1']);
    expect(problems[0]?.message).toBe('Flow sequence in block collection must be sufficiently indented and end with a ]');
  });

  test('a front matter that is not a mapping: one problem, on the opening fence', () => {
    expect(problemsOf(['#### 1.1. Specify'], ['- a'])).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        rule: 'frontmatter-invalid',
        message: 'Front matter Invalid input: expected object, received array',
        value: '',
      },
    ]);
  });

  test('an empty front matter: each missing key, on the opening fence', () => {
    expect(problemsOf(['#### 1.1. Specify'], []).map((p) => `${p.line}:${p.column} ${p.message} ${JSON.stringify(p.value)}`)).toEqual([
      '1:1 Front matter "phase": Invalid input: expected number, received undefined ""',
      '1:1 Front matter "title": Invalid input: expected string, received undefined ""',
    ]);
  });

  test('a missing key is reported on the opening fence; a wrong value on its own line', () => {
    expect(problemsOf(['#### 1.1. Specify'], ['phase: 1']).map((p) => `${p.rule} ${p.line}:${p.column} ${p.value}`)).toEqual([
      'frontmatter-invalid 1:1 ',
    ]);
    expect(problemsOf(['#### 1.1. Specify'], ['phase: 1', '', '', 'title: ""']).map((p) => `${p.line} ${p.message}`)).toEqual([
      '5 Front matter "title": Too small: expected string to have >=1 characters',
    ]);
  });

  test('an unknown key: its name in the message, on its line, with its value', () => {
    expect(problemsOf(['#### 1.1. Specify'], ['phase: 1', 'title: "X"', 'colour: blue'])).toEqual([
      {
        file: FILE,
        line: 4,
        column: 1,
        rule: 'frontmatter-invalid',
        message: 'Front matter "colour": Unrecognized key: "colour"',
        value: 'blue',
      },
    ]);
  });

  test('a front matter that does not start on line 1 is no front matter', () => {
    expect(readPhase(FILE, `\n${phaseFile(['#### 1.1. Specify'])}`, twoParties).problems.map((p) => p.rule)[0]).toBe('frontmatter-missing');
  });

  test('without front matter, nothing else is read', () => {
    expect(readPhase(FILE, '#### 1.1. Specify\n\nProse.\n', twoParties)).toEqual({
      phase: undefined,
      problems: [
        {
          file: FILE,
          line: 1,
          column: 1,
          rule: 'frontmatter-missing',
          message: 'The file must start with a YAML front-matter block (---).',
          value: '',
        },
      ],
    });
  });
});

describe('an empty activity cell', () => {
  test('after a valid row: reported with its message, and the row is left out', () => {
    const { phase, problems } = readPhase(
      FILE,
      phaseFile(['#### 1.1. Specify', '| Activity | Customer | OVHcloud |', '| --- | --- | --- |', '| Choose | RA | I |', '|  | RA | I |']),
      twoParties,
    );
    expect(problems).toEqual([
      { file: FILE, line: 10, column: 1, rule: 'empty-activity', message: 'The activity cell is empty.', value: '' },
    ]);
    expect(phase?.sections[0]?.activities.map((activity) => activity.text)).toEqual(['Choose']);
  });
});

describe('front matter that parses but cannot be read (found by the property tests)', () => {
  test('an alias to an anchor never set: located on the alias, not thrown', () => {
    expect(problemsOf(['#### 1.1. Specify'], ['phase: 1', 'title: *T'])).toEqual([
      {
        file: FILE,
        line: 3,
        column: 8,
        rule: 'frontmatter-yaml',
        message: 'Unresolved alias (the anchor must be set before the alias): T',
        value: '',
      },
    ]);
  });

  test('aliases expanding past the YAML limit: located on the first alias, not thrown', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefghij'[index]}`).join(', ')}]`),
    ];
    expect(
      problemsOf(['#### 1.1. Specify'], ['phase: 1', 'title: T', ...bomb]).map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`),
    ).toEqual(['frontmatter-yaml 5:8 Excessive alias count indicates a resource exhaustion attack']);
  });

  test('a resolved alias is read, and quoted as written in a problem', () => {
    expect(
      problemsOf(['#### 1.1. Specify', ...header, '| Choose | RA | I |'], ['phase: &n 1', 'title: "T"', 'colour: *n']).map((p) => p.value),
    ).toEqual(['*n']);
  });
});
