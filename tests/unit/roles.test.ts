import { describe, expect, test } from 'vitest';
import { listActivities } from '../../src/core/query';
import {
  countRoles,
  emptyCounts,
  isRoleChoice,
  matchesRoles,
  parseLetters,
  phaseOverview,
  phasesForParty,
  ROLE_CHOICES,
} from '../../src/core/roles';
import type { Activity, Phase, Section } from '../../src/core/schema';

const customer = { id: 'customer', name: 'Customer' };
const ovhcloud = { id: 'ovhcloud', name: 'OVHcloud' };
const activity = (text: string, roles: Activity['roles']): Activity => ({ id: text, text, roles, line: 1, columns: {} });
const section = (number: string, parent: string | null, activities: Activity[] = []): Section => ({
  id: number,
  number,
  title: number,
  depth: number.split('.').length,
  parent,
  activities,
  line: 1,
});

// 2.1 > 2.1.1 > 2.1.1.1 (the only OVHcloud C), 2.2 (customer only).
const phases: Phase[] = [
  {
    id: 'p2',
    slug: '2',
    number: 2,
    title: 'Two',
    file: '2.md',
    sections: [
      section('2.1', null),
      section('2.1.1', '2.1', [activity('a', { customer: ['R', 'A'], ovhcloud: ['I'] })]),
      section('2.1.1.1', '2.1.1', [activity('b', { customer: ['A'], ovhcloud: ['R', 'C'] })]),
      section('2.2', null, [activity('c', { customer: ['R', 'A'], ovhcloud: [] }), activity('d', { customer: ['R', 'A'] })]),
    ],
  },
  {
    id: 'p3',
    slug: '3',
    number: 3,
    title: 'Three',
    file: '3.md',
    sections: [section('3.1', null, [activity('e', { customer: ['I'], ovhcloud: ['R', 'A'] })])],
  },
];

describe('role choices', () => {
  test('the four letters in legend order, then none', () => {
    expect(ROLE_CHOICES).toEqual(['R', 'A', 'C', 'I', 'none']);
    expect(['R', 'A', 'C', 'I', 'none'].every(isRoleChoice)).toBe(true);
    expect(['X', 'r', '', 'None', 'RA'].some(isRoleChoice)).toBe(false);
  });

  test('parseLetters keeps role letters only, in the order written', () => {
    expect(parseLetters('C, A r R')).toEqual(['C', 'A', 'R']);
    expect(parseLetters(null)).toEqual([]);
    expect(parseLetters(undefined)).toEqual([]);
  });

  test('matchesRoles: no selection passes everything, even no role', () => {
    expect(matchesRoles([], [])).toBe(true);
    expect(matchesRoles([], ['R'])).toBe(false);
    expect(matchesRoles(['C'], ['R', 'none'])).toBe(false);
    expect(matchesRoles([], ['R', 'none'])).toBe(true);
  });
});

describe('counts', () => {
  test('emptyCounts starts every choice at zero', () => {
    expect(emptyCounts()).toEqual({ R: 0, A: 0, C: 0, I: 0, none: 0 });
  });

  test('a party absent from an activity counts as no role', () => {
    expect(countRoles(listActivities(phases), 'ovhcloud')).toEqual({ R: 2, A: 1, C: 1, I: 1, none: 2 });
    expect(countRoles(listActivities(phases), 'customer')).toEqual({ R: 3, A: 4, C: 0, I: 1, none: 0 });
  });

  test('phaseOverview: per phase, per party', () => {
    expect(phaseOverview(phases, [customer, ovhcloud]).map(({ phase, counts }) => [phase.number, counts])).toEqual([
      [
        2,
        {
          customer: { R: 3, A: 4, C: 0, I: 0, none: 0 },
          ovhcloud: { R: 1, A: 0, C: 1, I: 1, none: 2 },
        },
      ],
      [3, { customer: { R: 0, A: 0, C: 0, I: 1, none: 0 }, ovhcloud: { R: 1, A: 1, C: 0, I: 0, none: 0 } }],
    ]);
  });
});

describe('phasesForParty', () => {
  const outline = (result: Phase[]) =>
    result.map((phase) => [phase.number, phase.sections.map((s) => `${s.number}:${s.activities.map((a) => a.text).join('')}`)]);

  test('keeps every enclosing section up to the top, and drops phases left empty', () => {
    expect(outline(phasesForParty(phases, ovhcloud, ['C']))).toEqual([[2, ['2.1:', '2.1.1:', '2.1.1.1:b']]]);
  });

  test('without roles: every activity where the party has a letter', () => {
    expect(outline(phasesForParty(phases, ovhcloud))).toEqual([
      [2, ['2.1:', '2.1.1:a', '2.1.1.1:b']],
      [3, ['3.1:e']],
    ]);
  });

  test('"none" never keeps an activity: a party view lists where the party has a role', () => {
    expect(phasesForParty(phases, ovhcloud, ['none'])).toEqual([]);
  });

  test('keeps the phase and section fields as they were', () => {
    const [kept] = phasesForParty(phases, customer, ['I']);
    expect(kept).toMatchObject({ id: 'p3', slug: '3', number: 3, title: 'Three', file: '3.md' });
    expect(kept?.sections[0]).toMatchObject({ id: '3.1', number: '3.1', title: '3.1', depth: 2, parent: null, line: 1 });
  });
});

describe('phasesForParty with a section whose parent is missing', () => {
  test('keeps the section, without its missing parent', () => {
    const orphan: Phase = {
      id: 'p9',
      slug: '9',
      number: 9,
      title: 'Nine',
      file: '9.md',
      sections: [section('9.2.1', '9.2', [activity('x', { customer: ['R', 'A'] })])],
    };
    expect(phasesForParty([orphan], customer)[0]?.sections.map((s) => s.number)).toEqual(['9.2.1']);
  });
});
