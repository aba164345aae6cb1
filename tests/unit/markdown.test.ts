import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { findFrontmatter, markdownBody, parseMarkdown, yamlData } from '../../src/core/markdown';
import { readMatrixMeta } from '../../src/core/read-matrix';
import { metaFile, metaLines } from './helpers';

/** The problems of `content/matrix.md` with one edit, as `rule line:column value message`. */
function metaProblems(edit: (lines: string[]) => string[]): string[] {
  return readMatrixMeta(metaFile(edit([...metaLines]))).problems.map(
    (p) => `${p.rule} ${p.line}:${p.column} ${JSON.stringify(p.value)} ${p.message}`,
  );
}
const replacing = (from: string, to: string) => (lines: string[]) => lines.map((line) => line.replace(from, to));

describe('markdownBody: the Markdown after the front matter', () => {
  test('drops the front matter and the line ending after its closing fence, whatever the line endings', () => {
    expect(markdownBody('---\na: 1\n---\nBody\n')).toBe('Body\n');
    expect(markdownBody('---\r\na: 1\r\n---\r\nBody\r\n')).toBe('Body\r\n');
  });

  test('keeps a blank line that follows', () => {
    expect(markdownBody('---\na: 1\n---\n\nBody')).toBe('\nBody');
  });

  test('without front matter, the whole source', () => {
    expect(markdownBody('Body\n')).toBe('Body\n');
    expect(markdownBody('\n---\na: 1\n---\nBody')).toBe('\n---\na: 1\n---\nBody');
  });
});

describe('parseMarkdown and findFrontmatter', () => {
  test('the front matter is the first node only', () => {
    expect(findFrontmatter(parseMarkdown('---\na: 1\n---\n# T\n'))?.value).toBe('a: 1');
    expect(findFrontmatter(parseMarkdown('# T\n\n---\na: 1\n---\n'))).toBeUndefined();
    expect(findFrontmatter(parseMarkdown(''))).toBeUndefined();
  });

  test('reads GFM tables', () => {
    expect(parseMarkdown('| a | b |\n| - | - |\n| 1 | 2 |\n').children.map((node) => node.type)).toEqual(['table']);
  });
});

describe('front-matter problems: each on the line of the offending key or item', () => {
  // metaLines start on line 2: `roles:` is line 11, its items lines 12 to 15.
  test('a wrong value inside a list item: the line of its key, the value as written', () => {
    expect(metaProblems(replacing('letter: R,', 'letter: X,'))).toEqual([
      'frontmatter-invalid 12:1 "X" Front matter "roles.0.letter": Invalid option: expected one of "R"|"A"|"C"|"I"',
    ]);
  });

  test('list items of the wrong type: the line of each item', () => {
    expect(metaProblems(replacing('  - name: ', '  - '))).toEqual([
      'frontmatter-invalid 9:1 "Customer" Front matter "parties.0": Invalid input: expected object, received string',
      'frontmatter-invalid 10:1 "OVHcloud" Front matter "parties.1": Invalid input: expected object, received string',
    ]);
  });

  test('a key missing inside a list item: the line of the item, no value', () => {
    expect(metaProblems((lines) => lines.map((line, index) => (index === 11 ? line.replace(', definition: "d" }', ' }') : line)))).toEqual([
      'frontmatter-invalid 13:1 "" Front matter "roles.1.definition": Invalid input: expected string, received undefined',
    ]);
  });

  test('an unknown key inside a list item: the line of the item, the value of the key', () => {
    expect(metaProblems((lines) => lines.map((line, index) => (index === 13 ? line.replace(' }', ', extra: 1 }') : line)))).toEqual([
      'frontmatter-invalid 15:1 "1" Front matter "roles.3.extra": Unrecognized key: "extra"',
    ]);
  });

  test('a top-level value: its own line', () => {
    expect(metaProblems(replacing('https://example.org/x', 'x'))).toEqual([
      'frontmatter-invalid 5:1 "x" Front matter "sourceUrl": Invalid URL',
    ]);
  });

  test('a list too short: the line of its key', () => {
    const problems = readMatrixMeta(metaFile(metaLines.filter((line) => !line.includes('name: OVHcloud')))).problems;
    expect(problems.map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`)).toEqual([
      'frontmatter-invalid 8:1 Front matter "parties": Too small: expected array to have >=2 items',
    ]);
  });

  test('a front matter block that is not on the first lines is located from its own fence', () => {
    // A blank line before `---` makes it no front matter at all.
    expect(readMatrixMeta({ file: 'm.md', source: `\n${metaFile().source}` }).problems.map((p) => `${p.rule} ${p.line}`)).toEqual([
      'frontmatter-missing 1',
    ]);
  });
});

describe('a value on the line after its key', () => {
  test('the problem is on the line of the key', () => {
    const source = ['---', 'title: "T"', 'shortTitle:', '  "  "', ...metaLines.slice(2), '---', ''].join('\n');
    expect(readMatrixMeta({ file: 'm.md', source }).problems.map((p) => `${p.line}:${p.column} ${JSON.stringify(p.value)}`)).toEqual([
      '3:1 "  "',
    ]);
  });

  test('a list item written on the line after its dash: the line of its value', () => {
    const source = ['---', ...metaLines.slice(0, 7), '  -', '    Customer', '  - name: OVHcloud', ...metaLines.slice(9), '---', ''].join(
      '\n',
    );
    expect(readMatrixMeta({ file: 'm.md', source }).problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '10 Front matter "parties.0": Invalid input: expected object, received string',
    ]);
  });
});

describe('yamlData', () => {
  const read = (text: string) => {
    const lineCounter = new LineCounter();
    return yamlData(parseDocument(text, { lineCounter }), lineCounter);
  };

  test('the data of a document that can be read, aliases resolved', () => {
    expect(read('a: &x 1\nb: [2, *x]\nc: *x\n')).toEqual({ data: { a: 1, b: [2, 1], c: 1 } });
  });

  test('a document that cannot be read: why, and the place of its first alias', () => {
    const result = read('a: 1\nb: [2, *x]\nc: *y\n');
    expect(result).toMatchObject({ unreadable: { line: 2, column: 8 } });
    expect('unreadable' in result && result.unreadable.message).toMatch(/x/);
  });

  test('in matrix.md: the problem is on the line of the alias', () => {
    const source = metaFile(metaLines.map((line) => line.replace('shortTitle: "S"', 'shortTitle: *S'))).source;
    expect(readMatrixMeta({ file: 'm.md', source }).problems.map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual([
      'frontmatter-yaml 3:13',
    ]);
  });
});
