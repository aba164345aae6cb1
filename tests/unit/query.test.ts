import { describe, expect, test } from 'vitest';
import { countActivities, lettersOf, listActivities, sectionFamily, sectionTrail, sectionTree, writtenLetters } from '../../src/core/query';
import type { Activity, Phase, Section } from '../../src/core/schema';

const activity = (text: string, roles: Activity['roles'] = {}): Activity => ({ id: `activity-${text}`, text, roles, line: 1, columns: {} });
const section = (number: string, parent: string | null, activities: Activity[] = []): Section => ({
  id: `section-${number}`,
  number,
  title: `Title ${number}`,
  depth: number.split('.').length,
  parent,
  activities,
  line: 1,
});
const phase = (number: number, sections: Section[]): Phase => ({
  id: `phase-${number}`,
  slug: `${number}`,
  number,
  title: `Phase ${number}`,
  sections,
  file: `${number}.md`,
});

// 3.1 > 3.1.1 > 3.1.1.1, 3.1 > 3.1.2, 3.10 (a sibling whose number starts like 3.1), and 3.9.1 whose parent is missing.
const deep = phase(3, [
  section('3.1', null),
  section('3.1.1', '3.1', [activity('a'), activity('b')]),
  section('3.1.1.1', '3.1.1', [activity('c')]),
  section('3.1.2', '3.1', [activity('d')]),
  section('3.10', null, [activity('e')]),
  section('3.9.1', '3.9', [activity('f')]),
]);
const number = (s: { number: string }) => s.number;

describe('sectionTree', () => {
  test('nests every level under its parent; a section whose parent is missing is a root', () => {
    const tree = sectionTree(deep);
    const shape = (nodes: ReturnType<typeof sectionTree>): unknown[] =>
      nodes.map((node) => (node.children.length > 0 ? [node.section.number, shape(node.children)] : node.section.number));
    expect(shape(tree)).toEqual([['3.1', [['3.1.1', ['3.1.1.1']], '3.1.2']], '3.10', '3.9.1']);
  });
});

describe('sectionTrail', () => {
  test('from the top of the phase down to the section, over every level', () => {
    const leaf = deep.sections[2] as Section;
    expect(sectionTrail(deep, leaf).map(number)).toEqual(['3.1', '3.1.1', '3.1.1.1']);
  });

  test('a top section is its own trail; a missing parent ends the trail', () => {
    expect(sectionTrail(deep, deep.sections[4] as Section).map(number)).toEqual(['3.10']);
    expect(sectionTrail(deep, deep.sections[5] as Section).map(number)).toEqual(['3.9.1']);
  });
});

describe('sectionFamily', () => {
  test('a section and every section below it, not its siblings that start with the same digits', () => {
    expect(sectionFamily<{ number: string }>(deep.sections, { number: '3.1' }).map(number)).toEqual(['3.1', '3.1.1', '3.1.1.1', '3.1.2']);
    expect(sectionFamily<{ number: string }>(deep.sections, { number: '3.1.1' }).map(number)).toEqual(['3.1.1', '3.1.1.1']);
    expect(sectionFamily<{ number: string }>(deep.sections, { number: '3.10' }).map(number)).toEqual(['3.10']);
  });
});

describe('activities', () => {
  test('listActivities: every activity with its phase and section, in document order', () => {
    const other = phase(4, [section('4.1', null, [activity('g')])]);
    expect(listActivities([deep, other]).map((item) => `${item.phase.number} ${item.section.number} ${item.activity.text}`)).toEqual([
      '3 3.1.1 a',
      '3 3.1.1 b',
      '3 3.1.1.1 c',
      '3 3.1.2 d',
      '3 3.10 e',
      '3 3.9.1 f',
      '4 4.1 g',
    ]);
  });

  test('countActivities counts every section', () => {
    expect(countActivities(deep)).toBe(6);
    expect(countActivities(phase(1, []))).toBe(0);
  });

  test('lettersOf and writtenLetters: the letters of a party, none when the activity has no entry for it', () => {
    const item = activity('x', { customer: ['R', 'A'] });
    expect(lettersOf(item, { id: 'customer' })).toEqual(['R', 'A']);
    expect(lettersOf(item, { id: 'ovhcloud' })).toEqual([]);
    expect(writtenLetters(item, { id: 'customer' })).toBe('RA');
    expect(writtenLetters(item, { id: 'ovhcloud' })).toBe('');
  });
});
