import type { Html } from 'mdast';
import { describe, expect, test } from 'vitest';
import { closestIds, lineAndColumn, ProblemCollector, quoteValue } from '../../src/core/problems';
import { checkControlCharacters, checkFormulaPrefix, checkHtmlBlock, isWebUrl } from '../../src/core/text-rules';

const FILE = 'content/phases/1-x.md';
const located = (problems: ProblemCollector) =>
  problems.problems.map(({ line, column, rule, message, value }) => ({ line, column, rule, message, value }));

/** An HTML block as the Markdown reader gives it, starting at `line`:`column`. */
const htmlBlock = (value: string, line: number, column: number): Html => ({
  type: 'html',
  value,
  position: { start: { line, column }, end: { line, column } },
});
const OTHERWISE = { rule: 'unsupported-content', message: 'Only comments here.' };

describe('formula-prefix', () => {
  test('text that begins like a formula once trimmed, named by its first character', () => {
    const problems = new ProblemCollector(FILE);
    checkFormulaPrefix('  @SUM(A1)', 'The activity', problems, 4, 3);
    expect(located(problems)).toEqual([
      {
        line: 4,
        column: 3,
        rule: 'formula-prefix',
        message: 'The activity begins with "@", which spreadsheets read as a formula; reword it.',
        value: '  @SUM(A1)',
      },
    ]);
  });

  test('a sign inside the text is fine', () => {
    const problems = new ProblemCollector(FILE);
    checkFormulaPrefix('Set A = B', 'The activity', problems, 1, 1);
    checkFormulaPrefix('', 'The activity', problems, 1, 1);
    expect(problems.problems).toEqual([]);
  });
});

describe('control-character', () => {
  test('named by its code point in capitals, at its line and column', () => {
    const problems = new ProblemCollector(FILE);
    checkControlCharacters('ok\n\tok\r\nab\u001bc', problems);
    expect(located(problems)).toEqual([
      {
        line: 3,
        column: 3,
        rule: 'control-character',
        message: 'The control character U+001B is not allowed in content; remove it.',
        value: '\u001b',
      },
    ]);
  });
});

describe('html-comment-markup: where the comment with markup starts', () => {
  test('on the block’s first line, after another comment', () => {
    const problems = new ProblemCollector(FILE);
    checkHtmlBlock(htmlBlock('<!-- a --> <!-- <b>x</b> -->', 6, 3), problems, OTHERWISE);
    expect(located(problems)).toEqual([
      {
        line: 6,
        column: 14,
        rule: 'html-comment-markup',
        message: 'An HTML comment may hold notes, not markup (tags or nested comments); remove the markup.',
        value: '<!-- <b>x</b> -->',
      },
    ]);
  });

  test('on a later line of the block: its column on that line', () => {
    const problems = new ProblemCollector(FILE);
    checkHtmlBlock(htmlBlock('<!-- a -->\n  <!-- <script> -->', 6, 3), problems, OTHERWISE);
    expect(located(problems).map(({ line, column, value }) => ({ line, column, value }))).toEqual([
      { line: 7, column: 3, value: '<!-- <script> -->' },
    ]);
  });

  test('anything besides comments is the caller’s rule, at the block', () => {
    const problems = new ProblemCollector(FILE);
    checkHtmlBlock(htmlBlock('<div>x</div>', 2, 1), problems, OTHERWISE);
    expect(located(problems)).toEqual([
      { line: 2, column: 1, rule: 'unsupported-content', message: 'Only comments here.', value: '<div>x</div>' },
    ]);
  });
});

test('a source URL is a web URL only with http or https, and a string that is no URL is not one', () => {
  expect(isWebUrl('https://example.org/a')).toBe(true);
  expect(isWebUrl('http://example.org/a')).toBe(true);
  expect(isWebUrl('javascript:alert(1)')).toBe(false);
  expect(isWebUrl('not a url')).toBe(false);
});

describe('problems as reported', () => {
  test('a value is quoted with every invisible character escaped as \\uXXXX, backslashes kept', () => {
    expect(quoteValue('a\bb\fc\uFFFEd\uFFFFe\\f')).toBe('"a\\u0008b\\u000cc\\ufffed\\uffffe\\\\f"');
  });

  test('listed by line, those of one line in the order found', () => {
    const problems = new ProblemCollector(FILE);
    problems.add('r3', 'M', 'v', 3, 1);
    problems.add('r1b', 'M', 'v', 1, 9);
    problems.add('r1a', 'M', 'v', 1, 2);
    problems.add('r2', 'M', 'v', 2, 1);
    expect(problems.inLineOrder().map((problem) => problem.rule)).toEqual(['r1b', 'r1a', 'r2', 'r3']);
    // The collector's own list stays in the order found.
    expect(problems.problems.map((problem) => problem.rule)).toEqual(['r3', 'r1b', 'r1a', 'r2']);
  });
});

describe('the closest ids a problem suggests', () => {
  test('up to three, closest first, ties in alphabetical order, none more than half the value away', () => {
    const candidates = ['abcdez', 'abcdex', 'abcdef', 'abcxyz', 'zzzzzz', 'abcdefg'];
    // abcdef: 0 away; abcdefg: 1; abcdex and abcdez: 1 (alphabetical); abcxyz: 3 (the limit for 6 letters); zzzzzz: 6.
    expect(closestIds('abcdef', candidates)).toBe(' The closest: "abcdef", "abcdefg", "abcdex".');
    expect(closestIds('abcxyz', ['abcdef', 'zzzzzz'])).toBe(' The closest: "abcdef".');
    expect(closestIds('abcxyz', ['zzzzzz'])).toBe('');
    expect(closestIds('abcxyz', [])).toBe('');
  });
});

describe('lineAndColumn', () => {
  test('from 1, counting the characters of the line before the offset', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});
