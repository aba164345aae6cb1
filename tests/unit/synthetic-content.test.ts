import { describe, expect, test } from 'vitest';
import { generateContent } from '../../scripts/synthetic-content.mjs';
import { formatProblem } from '../../src/core/problems';
import { readMatrix } from '../../src/core/read-matrix';

// The benchmark's 10x/100x builds are only meaningful if the generated content passes every
// content rule, so it goes through the real reader here.
const SOURCE_ACTIVITIES = 79;

function read(multiple: number) {
  const files = generateContent('content', multiple).map(({ file, source }) => ({ file: `synthetic/${file}`, source }));
  const [meta, ...phases] = files;
  if (!meta) throw new Error('no matrix.md generated');
  return readMatrix(meta, phases);
}

const activityTexts = (multiple: number) =>
  read(multiple).matrix?.phases.flatMap((phase) => phase.sections.flatMap((section) => section.activities.map((a) => a.text))) ?? [];

describe('synthetic content', () => {
  test('at 1x is the real matrix', () => {
    const { matrix, problems } = read(1);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(activityTexts(1)).toHaveLength(SOURCE_ACTIVITIES);
    expect(matrix?.phases.map((phase) => phase.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test('at 3x passes every content rule and has three times the activities, in the same phases', () => {
    const { matrix, problems } = read(3);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(activityTexts(3)).toHaveLength(3 * SOURCE_ACTIVITIES);
    expect(matrix?.phases.map((phase) => phase.number)).toEqual([1, 2, 3, 4, 5]);
    expect(matrix?.meta.parties.map((party) => party.name)).toEqual(['Customer', 'OVHcloud']);
  });

  test('varies the wording of copied activities and gives every section a new number and title', () => {
    const { matrix } = read(3);
    const sections = matrix?.phases.flatMap((phase) => phase.sections) ?? [];
    expect(new Set(sections.map((s) => s.number)).size).toBe(sections.length);
    expect(new Set(sections.map((s) => s.title)).size).toBe(sections.length);
    // Most copied texts are new wordings, not the source's text repeated.
    expect(new Set(activityTexts(3)).size).toBeGreaterThan(2.5 * SOURCE_ACTIVITIES);
  });

  test('is deterministic', () => {
    expect(generateContent('content', 2)).toEqual(generateContent('content', 2));
  });
});
