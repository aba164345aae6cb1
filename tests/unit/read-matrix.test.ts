import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ContentError, formatProblem } from '../../src/core/problems';
import { listActivities } from '../../src/core/query';
import { readMatrix, readMatrixMeta } from '../../src/core/read-matrix';
import { expectedPartyLetterCounts, expectedPhases, expectedRows, expectedSections } from '../fixtures/source-expectations';
import { header, metaFile, metaLines, phaseFile } from './helpers';

const META = { file: 'content/matrix.md', source: readFileSync('content/matrix.md', 'utf8') };

function realPhaseFiles() {
  return readdirSync('content/phases')
    .sort()
    .map((name) => ({ file: `content/phases/${name}`, source: readFileSync(`content/phases/${name}`, 'utf8') }));
}

describe('the real content', () => {
  const { matrix, problems } = readMatrix(META, realPhaseFiles());

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
