import { describe, expect, test } from 'vitest';
import { checkGuide, exampleActivity, guideLetters } from '../../src/core/guides';
import { readMatrix } from '../../src/core/read-matrix';
import { guideSlug } from '../../src/node/guide-files';
import { sitePagePaths } from '../../src/shared/routes';
import { header, metaFile, phaseFile } from './helpers';

const { matrix } = readMatrix(metaFile(), [
  {
    file: 'content/phases/1-before-subscription.md',
    source: phaseFile([
      '#### 1.1. Specify',
      '',
      ...header,
      '| Choose the location | RA | I |',
      '| Size infrastructures | RA |  |',
      '',
      '##### 1.1.1. Options',
      '',
      ...header,
      '| Choose options | A | R |',
    ]),
  },
]);
if (!matrix) throw new Error('the test matrix should be valid');

const NO_ALIASES = { anchors: {}, pages: {} };
const RENAMED = {
  anchors: { 'activity-1-1-choose-the-locations': 'activity-1-1-choose-the-location' },
  pages: { '/phases/1/': '/phases/1-before-subscription/' },
};

describe('<ExampleRow activity>', () => {
  test('finds the activity with its phase and section', () => {
    const { phase, section, activity } = exampleActivity(matrix.phases, NO_ALIASES, 'activity-1-1-1-choose-options');
    expect([phase.number, section.number, activity.text, activity.roles]).toEqual([
      1,
      '1.1.1',
      'Choose options',
      { customer: ['A'], ovhcloud: ['R'] },
    ]);
  });

  test('an old id follows its alias to the renamed activity', () => {
    expect(exampleActivity(matrix.phases, RENAMED, 'activity-1-1-choose-the-locations').activity.text).toBe('Choose the location');
  });

  test('an unknown id fails, naming the closest ids', () => {
    expect(() => exampleActivity(matrix.phases, NO_ALIASES, 'activity-1-1-choose-the-locations')).toThrow(
      '<ExampleRow activity="activity-1-1-choose-the-locations">: no activity has this id. The closest: "activity-1-1-choose-the-location", "activity-1-1-1-choose-options".',
    );
  });
});

describe('<RoleLetters letters>', () => {
  const roles = matrix.meta.roles;

  test('reads letters as a cell writes them; "" is no role', () => {
    expect(guideLetters('RA', roles)).toEqual(['R', 'A']);
    expect(guideLetters('CI', roles)).toEqual(['C', 'I']);
    expect(guideLetters('', roles)).toEqual([]);
  });

  test.each([
    ['RX', 'X'],
    ['ra', 'r'],
    ['RR', 'R'],
  ])('%s fails, naming the wrong letter and the legend', (letters, wrong) => {
    expect(() => guideLetters(letters, roles)).toThrow(
      `<RoleLetters letters="${letters}">: "${wrong}" is not a letter of the legend, or is repeated. Use R, A, C, I, each at most once, or "" for no role.`,
    );
  });
});

describe('checking a guide as content', () => {
  const FILE = 'content/guides/example.mdx';
  /** A guide: front matter on lines 1–5, then the body from line 6. */
  const guide = (...body: string[]) => ({
    file: FILE,
    source: ['---', 'title: T', 'description: D', 'order: 1', '---', ...body, ''].join('\n'),
  });
  const targets = (aliases: { anchors: Record<string, string>; pages: Record<string, string> } = NO_ALIASES) => ({
    activities: new Set(['activity-1-1-choose-the-location', 'activity-1-1-size-infrastructures', 'activity-1-1-1-choose-options']),
    anchors: new Set([
      'phase-1-before-subscription',
      'section-1-1-specify',
      'activity-1-1-choose-the-location',
      'activity-1-1-1-choose-options',
    ]),
    paths: new Set(['/', '/phases/1-before-subscription/', '/sections/1-1-specify/', '/exports/raci-matrix.csv']),
    aliases,
    letters: ['R', 'A', 'C', 'I'] as const,
  });
  const located = (problems: readonly { line: number; column: number; rule: string; message: string; value: string }[]) =>
    problems.map((p) => `${p.line}:${p.column} [${p.rule}] ${p.message} (${p.value})`);

  test('a valid guide: no problem, no warning', () => {
    const check = checkGuide(
      guide(
        '',
        'A row: <RoleLetters letters="RA" />, an empty cell <RoleLetters letters="" />.',
        '',
        '<ExampleRow activity="activity-1-1-1-choose-options" />',
        '',
        '<Legend />',
        '',
        'See [the phase](/phases/1-before-subscription/#activity-1-1-choose-the-location), [the CSV](/exports/raci-matrix.csv),',
        '[its short form](/phases/1/), [a heading](/#top) and [elsewhere](https://example.org/x).',
      ),
      targets(RENAMED),
    );
    expect(check).toEqual({ problems: [], warnings: [] });
  });

  test('an unknown activity id: located at its value, with the closest ids', () => {
    const check = checkGuide(guide('', 'Text.', '', '<ExampleRow activity="activity-1-1-choose-the-locations" />'), targets());
    expect(located(check.problems)).toEqual([
      '9:23 [guide-reference] No activity has the id "activity-1-1-choose-the-locations". The closest: "activity-1-1-choose-the-location", "activity-1-1-1-choose-options". (activity-1-1-choose-the-locations)',
    ]);
    expect(check.warnings).toEqual([]);
  });

  test('a section id is not an activity', () => {
    const check = checkGuide(guide('<ExampleRow activity="section-1-1-specify" />'), targets());
    expect(check.problems.map((p) => [p.line, p.column, p.rule])).toEqual([[6, 23, 'guide-reference']]);
  });

  test('an old id that an alias forwards: a warning naming the new id, not a problem', () => {
    const check = checkGuide(
      guide('<ExampleRow activity="activity-1-1-choose-the-locations" />', '', 'See [it](/#activity-1-1-choose-the-locations).'),
      targets(RENAMED),
    );
    expect(check.problems).toEqual([]);
    expect(located(check.warnings)).toEqual([
      '6:23 [guide-old-reference] "activity-1-1-choose-the-locations" is an old activity id, forwarded by an alias to "activity-1-1-choose-the-location": write the new id. (activity-1-1-choose-the-locations)',
      '8:10 [guide-old-reference] "#activity-1-1-choose-the-locations" is an old id, forwarded by an alias to "activity-1-1-choose-the-location": write the new id. (/#activity-1-1-choose-the-locations)',
    ]);
  });

  test('links: a page that does not exist, and an anchor that does not', () => {
    const check = checkGuide(
      guide('See [a](/sections/1-1-specfy/) and', '[b](/phases/1-before-subscription/#section-1-2-nothing).'),
      targets(),
    );
    expect(located(check.problems)).toEqual([
      '6:9 [guide-reference] No page or file of the site has the path "/sections/1-1-specfy/". The closest: "/sections/1-1-specify/". (/sections/1-1-specfy/)',
      '7:5 [guide-reference] No phase, section or activity has the id "section-1-2-nothing". The closest: "section-1-1-specify". (/phases/1-before-subscription/#section-1-2-nothing)',
    ]);
  });

  test("paths are not checked when the site's paths are unknown", () => {
    expect(checkGuide(guide('See [a](/sections/1-1-specfy/).'), { ...targets(), paths: undefined }).problems).toEqual([]);
  });

  test('an attribute written as an expression or spread: one problem, at the attribute', () => {
    expect(located(checkGuide(guide('<ExampleRow activity={x} />'), targets()).problems)).toEqual([
      '6:13 [guide-component] <ExampleRow> takes activity="…", written as plain text in quotes. (activity)',
    ]);
    expect(located(checkGuide(guide('<Legend {...props} />'), targets()).problems)).toEqual([
      '6:9 [guide-component] <Legend> takes no attribute, written as plain text in quotes. ({…})',
    ]);
  });

  test('links the check leaves alone, and a page alias that leads nowhere', () => {
    const links = guide('[a](//example.org/x) [b](/#top) [c](/#heading-1) [d](/phases/1/)');
    expect(checkGuide(links, targets(RENAMED)).problems).toEqual([]);
    const nowhere = { anchors: {}, pages: { '/old/': '/gone/' } };
    expect(located(checkGuide(guide('[e](/old/)'), targets(nowhere)).problems)).toEqual([
      '6:5 [guide-reference] No page or file of the site has the path "/old/". (/old/)',
    ]);
  });

  test('wrong letters, an unknown component, a missing or unknown attribute', () => {
    const check = checkGuide(
      guide('<RoleLetters letters="RX" />', '', '<Badge text="R" />', '', '<ExampleRow />', '', '<Legend size="big" />'),
      targets(),
    );
    expect(located(check.problems)).toEqual([
      '6:23 [guide-letters] "X" is not a letter of the legend, or is repeated. Use R, A, C, I, each at most once, or "" for no role. (RX)',
      '8:1 [guide-component] Unknown component <Badge>; a guide may use <ExampleRow>, <RoleLetters>, <Legend>. (Badge)',
      '10:1 [guide-component] <ExampleRow> needs activity="…". (ExampleRow)',
      '12:9 [guide-component] <Legend> takes no attribute, written as plain text in quotes. (size)',
    ]);
  });

  test('a component within a line of text is checked as one on its own line', () => {
    const check = checkGuide(guide('As <Badge text="R" /> shows, <ExampleRow activity="x" size="big" /> too.'), targets());
    expect(located(check.problems)).toEqual([
      '6:4 [guide-component] Unknown component <Badge>; a guide may use <ExampleRow>, <RoleLetters>, <Legend>. (Badge)',
      '6:55 [guide-component] <ExampleRow> takes activity="…", written as plain text in quotes. (size)',
      '6:52 [guide-reference] No activity has the id "x". (x)',
    ]);
  });

  test('invalid MDX and invalid front matter are located problems', () => {
    expect(located(checkGuide(guide('<ExampleRow activity="x"'), targets()).problems)).toEqual([
      '7:1 [guide-mdx] The guide is not valid MDX: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag ()',
    ]);
    // An expression's error is placed at its start (micromark gives a span).
    expect(located(checkGuide(guide('Text {1 +}'), targets()).problems)).toEqual([
      '6:10 [guide-mdx] The guide is not valid MDX: Could not parse expression with acorn ()',
    ]);
    // A closing tag that does not match: micromark gives the span of the tag, placed at its start.
    expect(located(checkGuide(guide('<Legend></Badge>'), targets()).problems)).toEqual([
      '6:9 [guide-mdx] The guide is not valid MDX: Unexpected closing tag `</Badge>`, expected corresponding closing tag for `<Legend>` (6:1-6:9) ()',
    ]);
    // A tag never closed: micromark gives no place, so the problem is on the file's first line.
    expect(located(checkGuide(guide('<Legend>', '', 'Text.'), targets()).problems)).toEqual([
      '1:1 [guide-mdx] The guide is not valid MDX: Expected a closing tag for `<Legend>` (6:1-6:9) ()',
    ]);
    const frontmatter = checkGuide({ file: FILE, source: ['---', 'title: T', 'order: first', '---', 'Text.'].join('\n') }, targets());
    expect(frontmatter.problems.map((p) => [p.line, p.rule])).toEqual([
      [1, 'frontmatter-invalid'],
      [3, 'frontmatter-invalid'],
    ]);
  });
});

describe('guide pages', () => {
  test('a guide is addressed by its file name', () => {
    expect(guideSlug('using-the-checklist.mdx')).toBe('using-the-checklist');
    expect(() => guideSlug('Using the checklist.mdx')).toThrow(
      "guides/Using the checklist.mdx: a guide's file name is its address (/guides/<name>/); use lower-case letters, digits and hyphens",
    );
  });

  test('the guides are site pages, which aliases may not hide', () => {
    const pages = sitePagePaths(matrix, [], ['reading-the-matrix', 'using-the-checklist']);
    expect(pages).toContain('/guides/');
    expect(pages).toContain('/guides/reading-the-matrix/');
    expect(pages).toContain('/guides/using-the-checklist/');
  });
});
