import { describe, expect, test } from 'vitest';
import { readMatrix } from '../../src/core/read-matrix';
import { guideSlug } from '../../src/node/guide-files';
import { exampleActivity, guideLetters } from '../../src/site/guides';
import { sitePagePaths } from '../../src/site/paths';
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

describe('<ExampleRow activity>', () => {
  test('finds the activity with its phase and section', () => {
    const { phase, section, activity } = exampleActivity(matrix.phases, 'activity-1-1-1-choose-options');
    expect([phase.number, section.number, activity.text, activity.roles]).toEqual([
      1,
      '1.1.1',
      'Choose options',
      { customer: ['A'], ovhcloud: ['R'] },
    ]);
  });

  test('an unknown id fails with every valid id', () => {
    expect(() => exampleActivity(matrix.phases, 'activity-1-1-choose-the-locations')).toThrow(
      [
        '<ExampleRow activity="activity-1-1-choose-the-locations">: no activity has this id. Use one of:',
        '  activity-1-1-choose-the-location',
        '  activity-1-1-size-infrastructures',
        '  activity-1-1-1-choose-options',
      ].join('\n'),
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
