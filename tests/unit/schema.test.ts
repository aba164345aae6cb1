import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { readMatrix } from '../../src/core/read-matrix';
import { isoDate, matrixFrontmatterSchema, matrixMetaSchema, phaseFrontmatterSchema, phaseSchema } from '../../src/core/schema';
import { header, metaFile, phaseFile } from './helpers';

/** `path: message` of each issue, or [] when the value is valid. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const { matrix } = readMatrix(metaFile(), [
  { file: 'p.md', source: phaseFile(['## 1.1. Group', '### 1.1.1. Leaf', ...header, '| Act | RA | I |']) },
]);
if (!matrix) throw new Error('fixture did not parse');
const meta = matrix.meta;
const phase = matrix.phases[0] as z.infer<typeof phaseSchema>;
const roles = meta.roles;

describe('isoDate', () => {
  test('accepts a real date written YYYY-MM-DD', () => {
    expect(issues(isoDate, '2026-06-11')).toEqual([]);
    expect(issues(isoDate, '2024-02-29')).toEqual([]);
  });

  test('refuses other spellings', () => {
    for (const value of ['2026-6-11', '26-06-11', 'x2026-06-11', '2026-06-11x', '2026-06-11T00:00:00Z', '2026/06/11', 'abcd-ef-gh']) {
      expect(issues(isoDate, value), value).toEqual([': must be a date written YYYY-MM-DD', ': must be a real calendar date']);
    }
  });

  test('refuses dates that do not exist', () => {
    for (const value of ['2026-02-31', '2025-02-29', '2026-13-01', '2026-00-10', '2026-06-00']) {
      expect(issues(isoDate, value), value).toEqual([': must be a real calendar date']);
    }
  });
});

describe('phase front matter', () => {
  test('a positive whole phase number and a title', () => {
    expect(issues(phaseFrontmatterSchema, { phase: 3, title: 'Service Usage' })).toEqual([]);
    expect(issues(phaseFrontmatterSchema, { phase: 0, title: 'T' })).toEqual(['phase: Too small: expected number to be >0']);
    expect(issues(phaseFrontmatterSchema, { phase: 1.5, title: 'T' })).toEqual(['phase: Invalid input: expected int, received number']);
    expect(issues(phaseFrontmatterSchema, { phase: 1, title: '   ' })).toEqual([
      'title: Too small: expected string to have >=1 characters',
    ]);
  });

  test('the title is trimmed', () => {
    expect(phaseFrontmatterSchema.parse({ phase: 1, title: '  Before  ' }).title).toBe('Before');
  });
});

describe('matrix front matter', () => {
  const valid = { ...meta, parties: meta.parties.map(({ name }) => ({ name })) };

  test('the fixture is valid', () => {
    expect(issues(matrixFrontmatterSchema, valid)).toEqual([]);
  });

  test('texts must not be blank, and are trimmed', () => {
    for (const key of ['title', 'shortTitle', 'description'] as const) {
      expect(issues(matrixFrontmatterSchema, { ...valid, [key]: ' ' })).toEqual([
        `${key}: Too small: expected string to have >=1 characters`,
      ]);
    }
    expect(matrixFrontmatterSchema.parse({ ...valid, title: ' T ', shortTitle: ' S ', description: ' D ' })).toMatchObject({
      title: 'T',
      shortTitle: 'S',
      description: 'D',
    });
  });

  test('the source is a URL', () => {
    expect(issues(matrixFrontmatterSchema, { ...valid, sourceUrl: 'docs.ovhcloud.com' })).toEqual(['sourceUrl: Invalid URL']);
  });

  test('the language is a BCP 47 tag', () => {
    for (const lang of ['en', 'fra', 'fr-CA', 'zh-Hant-TW', 'es-419'])
      expect(issues(matrixFrontmatterSchema, { ...valid, lang }), lang).toEqual([]);
    for (const lang of ['EN', 'e', 'engl', 'en-', 'en_US', ' en', 'en-CA!', '-en']) {
      expect(issues(matrixFrontmatterSchema, { ...valid, lang }), lang).toEqual(['lang: must be a language tag such as "en"']);
    }
  });

  test('lastUpdated is a real date', () => {
    expect(issues(matrixFrontmatterSchema, { ...valid, lastUpdated: '2026-02-30' })).toEqual(['lastUpdated: must be a real calendar date']);
  });

  test('at least two parties, each with a name', () => {
    expect(issues(matrixFrontmatterSchema, { ...valid, parties: [{ name: 'Customer' }] })).toEqual([
      'parties: Too small: expected array to have >=2 items',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, parties: [{ name: 'Customer' }, { name: ' ' }] })).toEqual([
      'parties.1.name: Too small: expected string to have >=1 characters',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, parties: [{ name: 'A' }, { name: 'B', colour: 'b' }] })).toEqual([
      'parties.1: Unrecognized key: "colour"',
    ]);
  });

  test("a party may give its id (a translation pairs its parties with the primary edition's), as a slug", () => {
    expect(issues(matrixFrontmatterSchema, { ...valid, parties: [{ name: 'Client', id: 'customer' }, { name: 'B' }] })).toEqual([]);
    expect(issues(matrixFrontmatterSchema, { ...valid, parties: [{ name: 'Client', id: 'The Customer' }, { name: 'B' }] })).toEqual([
      'parties.0.id: must be a party id: lower-case letters, digits and hyphens',
    ]);
  });

  test('the activity column is "Activity" unless the edition names it', () => {
    expect(matrixFrontmatterSchema.parse(valid).activityColumn).toBe('Activity');
    expect(matrixFrontmatterSchema.parse({ ...valid, activityColumn: 'Activité' }).activityColumn).toBe('Activité');
    expect(issues(matrixFrontmatterSchema, { ...valid, activityColumn: ' ' })).toEqual([
      'activityColumn: Too small: expected string to have >=1 characters',
    ]);
  });

  test('the legend: each of R, A, C and I exactly once, each with a name and a definition', () => {
    const [r, a, c, i] = roles;
    expect(issues(matrixFrontmatterSchema, { ...valid, roles: [r, a, c] })).toEqual([
      'roles: Too small: expected array to have exactly 4 items',
      'roles: must define each of R, A, C and I exactly once',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, roles: [r, a, c, i, i] })).toEqual([
      'roles: Too big: expected array to have exactly 4 items',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, roles: [r, a, c, c] })).toEqual([
      'roles: must define each of R, A, C and I exactly once',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, roles: [{ ...r, letter: 'X' }, a, c, i] })).toEqual([
      'roles.0.letter: Invalid option: expected one of "R"|"A"|"C"|"I"',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, roles: [{ ...r, name: ' ', definition: ' ' }, a, c, i] })).toEqual([
      'roles.0.name: Too small: expected string to have >=1 characters',
      'roles.0.definition: Too small: expected string to have >=1 characters',
    ]);
    expect(issues(matrixFrontmatterSchema, { ...valid, roles: [{ ...r, colour: 'red' }, a, c, i] })).toEqual([
      'roles.0: Unrecognized key: "colour"',
    ]);
  });

  test('no other key', () => {
    expect(issues(matrixFrontmatterSchema, { ...valid, version: 2 })).toEqual([': Unrecognized key: "version"']);
  });
});

describe('the shapes the site collections check', () => {
  test('matrix metadata: parties with ids', () => {
    expect(issues(matrixMetaSchema, meta)).toEqual([]);
    expect(
      issues(matrixMetaSchema, {
        ...meta,
        parties: [
          { id: '', name: 'A' },
          { id: 'b', name: '' },
        ],
      }),
    ).toEqual([
      'parties.0.id: Too small: expected string to have >=1 characters',
      'parties.1.name: Too small: expected string to have >=1 characters',
    ]);
    expect(issues(matrixMetaSchema, { ...meta, parties: meta.parties.slice(0, 1) })).toEqual([
      'parties: Too small: expected array to have >=2 items',
    ]);
  });

  test('a phase, its sections and activities', () => {
    expect(issues(phaseSchema, phase)).toEqual([]);
    const section = phase.sections[1] as (typeof phase.sections)[number];
    const activity = section.activities[0] as (typeof section.activities)[number];
    const withActivity = (changes: object) => ({ ...phase, sections: [{ ...section, activities: [{ ...activity, ...changes }] }] });
    expect(issues(phaseSchema, withActivity({ id: '', text: '' }))).toEqual([
      'sections.0.activities.0.id: Too small: expected string to have >=1 characters',
      'sections.0.activities.0.text: Too small: expected string to have >=1 characters',
    ]);
    expect(issues(phaseSchema, withActivity({ line: 0 }))).toEqual(['sections.0.activities.0.line: Too small: expected number to be >0']);
    expect(issues(phaseSchema, withActivity({ line: 2.5 }))).toEqual([
      'sections.0.activities.0.line: Invalid input: expected int, received number',
    ]);
    expect(issues(phaseSchema, withActivity({ roles: { customer: ['X'] } }))).toEqual([
      'sections.0.activities.0.roles.customer.0: Invalid option: expected one of "R"|"A"|"C"|"I"',
    ]);
    expect(issues(phaseSchema, { ...phase, sections: [{ ...section, depth: 2.5, line: 0 }] })).toEqual([
      'sections.0.depth: Invalid input: expected int, received number',
      'sections.0.line: Too small: expected number to be >0',
    ]);
    expect(issues(phaseSchema, { ...phase, sections: [{ ...section, parent: undefined }] })).toEqual([
      'sections.0.parent: Invalid input: expected string, received undefined',
    ]);
    expect(issues(phaseSchema, { ...phase, number: 0 })).toEqual(['number: Too small: expected number to be >0']);
    expect(issues(phaseSchema, { ...phase, number: 1.5 })).toEqual(['number: Invalid input: expected int, received number']);
  });
});
