import { expect, test } from 'vitest';
import { formatReport, githubAnnotation, summary } from '../../src/cli/report';
import type { ContentProblem } from '../../src/core/problems';

const problem: ContentProblem = {
  file: 'content/phases/1-a,b:c.md',
  line: 3,
  column: 7,
  rule: 'unknown-letter',
  message: 'Unknown role letter "X": 100% wrong,\nsee line 3.',
  value: 'RX',
};

test('GitHub annotations escape %, line breaks, and also : and , in properties', () => {
  expect(githubAnnotation(problem, 'error')).toBe(
    '::error file=content/phases/1-a%2Cb%3Ac.md,line=3,col=7,title=unknown-letter::Unknown role letter "X": 100%25 wrong,%0Asee line 3. (value: "RX")',
  );
  expect(githubAnnotation({ ...problem, message: 'a\r\nb' }, 'error')).toContain('::a%0D%0Ab (value: "RX")');
});

test('the summary counts problems', () => {
  expect(summary('content', 0)).toBe('content: no problems.');
  expect(summary('content', 1)).toBe('1 problem in content.');
  expect(summary('docs/raci', 12)).toBe('12 problems in docs/raci.');
});

test('text and github reports end with the summary; json has only the document', () => {
  expect(formatReport('text', 'content', [problem])).toBe(
    'content/phases/1-a,b:c.md:3:7 [unknown-letter] Unknown role letter "X": 100% wrong,\nsee line 3. (value: "RX")\n1 problem in content.\n',
  );
  expect(formatReport('github', 'content', []).split('\n')).toEqual(['content: no problems.', '']);
  expect(JSON.parse(formatReport('json', 'content', [problem]))).toEqual({
    contentDir: 'content',
    count: 1,
    problems: [problem],
    warnings: [],
  });
});

const hint: ContentProblem = {
  file: 'content/guides/g.mdx',
  line: 9,
  column: 23,
  rule: 'guide-old-reference',
  message: 'Old id.',
  value: 'a-b',
};

test('warnings come after the problems, marked as such, and are counted apart', () => {
  expect(formatReport('text', 'content', [problem], [hint]).split('\n').slice(-3)).toEqual([
    'content/guides/g.mdx:9:23 warning [guide-old-reference] Old id. (value: "a-b")',
    '1 problem (and 1 warning) in content.',
    '',
  ]);
  expect(formatReport('text', 'content', [], [hint, hint]).split('\n').at(-2)).toBe('content: no problems (and 2 warnings).');
  expect(formatReport('github', 'content', [], [hint]).split('\n')[0]).toBe(
    '::warning file=content/guides/g.mdx,line=9,col=23,title=guide-old-reference::Old id. (value: "a-b")',
  );
  expect(JSON.parse(formatReport('json', 'content', [], [hint]))).toEqual({
    contentDir: 'content',
    count: 0,
    problems: [],
    warnings: [hint],
  });
});
