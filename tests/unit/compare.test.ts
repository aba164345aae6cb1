import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Aliases } from '../../src/core/alias-chains';
import {
  type ActivityChange,
  compareNumbers,
  compareReleases,
  countChanges,
  groupByPhaseAndSection,
  isUnchanged,
  placeOf,
  type ReleaseChanges,
} from '../../src/core/compare';
import { checksumOf, contentOf, RELEASE_SCHEMA_VERSION, type Release, type ReleaseContent, readRelease } from '../../src/core/release';
import { parseLetters } from '../../src/core/roles';
import { activityId, phaseId, sectionId } from '../../src/core/slugs';
import { changeLines, changeWording, differencesFrom } from '../../src/shared/change-wording';

const NO_ALIASES: Aliases = { anchors: {}, pages: {} };
const PARTIES = [
  { id: 'customer', name: 'Customer' },
  { id: 'ovhcloud', name: 'OVHcloud' },
];
const ROLES = [
  { letter: 'R', name: 'Responsible', definition: 'does it' },
  { letter: 'A', name: 'Accountable', definition: 'answers for it' },
  { letter: 'C', name: 'Consulted', definition: 'is asked' },
  { letter: 'I', name: 'Informed', definition: 'is told' },
] as const;

/** Rows as in the source: [activity, Customer letters, OVHcloud letters]. */
type Row = [string, string, string];
type Sections = Record<string, { title: string; rows: Row[] }>;

/** A release of one phase "1. Onboarding" with the sections given, keyed by number. */
function release(sections: Sections, overrides: Partial<ReleaseContent> = {}): ReleaseContent {
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    title: 'Matrix',
    description: 'A matrix',
    sourceUrl: 'https://example.org/matrix',
    lastUpdated: '2026-01-15',
    parties: PARTIES,
    roles: [...ROLES],
    phases: [
      {
        id: phaseId(1, 'Onboarding'),
        number: 1,
        title: 'Onboarding',
        sections: Object.entries(sections).map(([number, { title, rows }]) => ({
          id: sectionId(number, title),
          number,
          title,
          parent: null,
          activities: rows.map(([text, customer, ovhcloud]) => ({
            id: activityId(number, text),
            text,
            roles: { customer: parseLetters(customer), ovhcloud: parseLetters(ovhcloud) },
          })),
        })),
      },
    ],
    ...overrides,
  };
}

const BASE: Sections = {
  '1.1': { title: 'Contract', rows: [['Sign the contract', 'RA', 'I']] },
  '1.2': {
    title: 'Access',
    rows: [
      ['Create admin accounts', 'RA', 'I'],
      ['Enable two-factor login', 'RA', 'C'],
    ],
  },
};

/** English wording, naming the parties given. */
const english = (parties: readonly { id: string; name: string }[] = PARTIES) => changeWording('en', parties, ROLES);

const impactText = (before: ReleaseContent, after: ReleaseContent, aliases = NO_ALIASES) =>
  compareReleases(before, after, aliases).impact.map(({ party, letters }) => ({ party: party.name, letters }));
const tally = (gained: number, lost: number) => ({ gained, lost });
const none = tally(0, 0);

describe('compareReleases', () => {
  test('no change at all', () => {
    const changes = compareReleases(release(BASE), release(BASE, { lastUpdated: '2026-03-01' }), NO_ALIASES);
    expect(isUnchanged(changes)).toBe(true);
    expect(changes.impact).toEqual([]);
    expect(countChanges(changes)).toEqual({ added: 0, removed: 0, renamed: 0, moved: 0, letters: 0, sections: 0, metadata: 0 });
    expect(changeLines(english(), changes)).toEqual([]);
  });

  test('a letter changed: each party before and after, and the impact', () => {
    const after = release({ ...BASE, '1.1': { title: 'Contract', rows: [['Sign the contract', 'RA', 'C']] } });
    const changes = compareReleases(release(BASE), after, NO_ALIASES);
    expect(changes.activities).toHaveLength(1);
    expect(changes.activities[0]?.kinds).toEqual(['letters']);
    expect(changes.activities[0]?.letters).toEqual([{ partyId: 'ovhcloud', before: ['I'], after: ['C'] }]);
    expect(impactText(release(BASE), after)).toEqual([
      { party: 'OVHcloud', letters: { R: none, A: none, C: tally(1, 0), I: tally(0, 1) } },
    ]);
    expect(changeLines(english(), changes)).toEqual(['“Sign the contract” — OVHcloud: I → C']);
  });

  test('an activity added and one removed, with their letters in the impact', () => {
    const after = release({
      '1.1': { title: 'Contract', rows: [['Sign the contract', 'RA', 'I']] },
      '1.2': {
        title: 'Access',
        rows: [
          ['Enable two-factor login', 'RA', 'C'],
          ['Revoke leavers', 'R', 'A'],
        ],
      },
    });
    const changes = compareReleases(release(BASE), after, NO_ALIASES);
    expect(changes.activities.map((c) => [c.kinds, c.before?.text, c.after?.text])).toEqual([
      [['added'], undefined, 'Revoke leavers'],
      [['removed'], 'Create admin accounts', undefined],
    ]);
    expect(impactText(release(BASE), after)).toEqual([
      { party: 'Customer', letters: { R: tally(1, 1), A: tally(0, 1), C: none, I: none } },
      { party: 'OVHcloud', letters: { R: none, A: tally(1, 0), C: none, I: tally(0, 1) } },
    ]);
    expect(countChanges(changes)).toMatchObject({ added: 1, removed: 1, renamed: 0, moved: 0, letters: 0 });
  });

  const renamed: Sections = {
    ...BASE,
    '1.2': {
      title: 'Access',
      rows: [
        ['Create administrator accounts', 'RA', 'I'],
        ['Enable two-factor login', 'RA', 'C'],
      ],
    },
  };

  test('a rename declared by an alias is one renamed activity', () => {
    const aliases = { anchors: { 'activity-1-2-create-admin-accounts': 'activity-1-2-create-administrator-accounts' }, pages: {} };
    const changes = compareReleases(release(BASE), release(renamed), aliases);
    expect(changes.activities).toHaveLength(1);
    expect(changes.activities[0]).toMatchObject({
      kinds: ['renamed'],
      before: { id: 'activity-1-2-create-admin-accounts', text: 'Create admin accounts' },
      after: { id: 'activity-1-2-create-administrator-accounts', text: 'Create administrator accounts' },
      letters: [],
    });
    expect(changes.impact).toEqual([]);
  });

  test('without the alias, the same edit reads as a removal and an addition', () => {
    const kinds = compareReleases(release(BASE), release(renamed), NO_ALIASES).activities.map((c) => c.kinds);
    expect(kinds).toEqual([['added'], ['removed']]);
  });

  test('aliases are followed along a chain to the id found in the newer release', () => {
    const aliases = {
      anchors: {
        'activity-1-2-create-admin-accounts': 'activity-1-2-create-admins',
        'activity-1-2-create-admins': 'activity-1-2-create-administrator-accounts',
      },
      pages: {},
    };
    expect(compareReleases(release(BASE), release(renamed), aliases).activities.map((c) => c.kinds)).toEqual([['renamed']]);
  });

  test('an activity moved to another section, its letters changed too', () => {
    const after = release({
      '1.1': {
        title: 'Contract',
        rows: [
          ['Sign the contract', 'RA', 'I'],
          ['Enable two-factor login', 'RA', 'I'],
        ],
      },
      '1.2': { title: 'Access', rows: [['Create admin accounts', 'RA', 'I']] },
    });
    const aliases = { anchors: { 'activity-1-2-enable-two-factor-login': 'activity-1-1-enable-two-factor-login' }, pages: {} };
    const [change] = compareReleases(release(BASE), after, aliases).activities;
    expect(change?.kinds).toEqual(['moved', 'letters']);
    expect(change?.before?.section).toEqual({ id: 'section-1-2-access', number: '1.2', title: 'Access' });
    expect(change?.after?.section).toEqual({ id: 'section-1-1-contract', number: '1.1', title: 'Contract' });
    expect(change?.letters).toEqual([{ partyId: 'ovhcloud', before: ['C'], after: ['I'] }]);
  });

  test('sections added, removed and renamed; a renamed section does not move its activities', () => {
    const after = release({
      '1.1': { title: 'Contract signature', rows: [['Sign the contract', 'RA', 'I']] },
      '1.3': { title: 'Billing', rows: [['Pay the invoices', 'RA', 'I']] },
    });
    const before = release({ ...BASE, '1.2': { title: 'Access', rows: [['Create admin accounts', 'RA', 'I']] } });
    const changes = compareReleases(before, after, NO_ALIASES);
    expect(changes.headings.map((h) => [h.kind, h.before?.title, h.after?.title])).toEqual([
      ['renamed', 'Contract', 'Contract signature'],
      ['removed', 'Access', undefined],
      ['added', undefined, 'Billing'],
    ]);
    expect(changes.activities.map((c) => [c.kinds, placeText(c.before ?? c.after)])).toEqual([
      [['removed'], '1.2 Create admin accounts'],
      [['added'], '1.3 Pay the invoices'],
    ]);
    expect(countChanges(changes).sections).toBe(3);
  });

  test('metadata: title, a legend definition and the parties', () => {
    const roles = ROLES.map((role) => (role.letter === 'C' ? { ...role, definition: 'is asked first' } : role));
    const changes = compareReleases(release(BASE), release(BASE, { title: 'New matrix', roles }), NO_ALIASES);
    expect(changes.metadata).toEqual([
      { field: 'title', before: 'Matrix', after: 'New matrix' },
      { field: 'role-C', before: 'Consulted: is asked', after: 'Consulted: is asked first' },
    ]);
    expect(changes.activities).toEqual([]);
  });

  test('a party added to the matrix: its letters appear on each activity and in the impact', () => {
    const before = release(BASE);
    const after = release(BASE, { parties: [...PARTIES, { id: 'auditor', name: 'Auditor' }] });
    const [first, ...rest] = after.phases[0]?.sections ?? [];
    const withAuditor = first && {
      ...first,
      activities: first.activities.map((activity) => ({ ...activity, roles: { ...activity.roles, auditor: parseLetters('I') } })),
    };
    const phase = after.phases[0];
    if (!withAuditor || !phase) throw new Error('fixture');
    after.phases = [{ ...phase, sections: [withAuditor, ...rest] }];
    const changes = compareReleases(before, after, NO_ALIASES);
    expect(changes.metadata).toEqual([{ field: 'parties', before: 'Customer, OVHcloud', after: 'Customer, OVHcloud, Auditor' }]);
    expect(changes.activities.map((c) => [c.after?.text, c.kinds, c.letters])).toEqual([
      ['Sign the contract', ['letters'], [{ partyId: 'auditor', before: [], after: ['I'] }]],
    ]);
    expect(impactText(before, after)).toEqual([{ party: 'Auditor', letters: { R: none, A: none, C: none, I: tally(1, 0) } }]);
  });
});

function placeText(version: { section: { number: string }; text: string } | undefined) {
  return version ? `${version.section.number} ${version.text}` : '';
}

// The fixture's releases, written by `npm run release`, against its HISTORY.md.
describe('the evolving fixture (tests/fixtures/evolving-content/HISTORY.md)', () => {
  const dir = 'tests/fixtures/evolving-content';
  const read = (date: string) => {
    const file = `${dir}/releases/${date}.json`;
    const { release: found, problems } = readRelease({ file, source: readFileSync(file, 'utf8') });
    if (!found) throw new Error(JSON.stringify(problems));
    return contentOf(found);
  };
  const aliases: Aliases = {
    anchors: {
      'activity-1-2-create-admin-accounts': 'activity-1-2-create-administrator-accounts',
      'activity-2-1-test-restores': 'activity-2-2-test-restores',
    },
    pages: {},
  };

  test('2026-03-01: OVHcloud I → C for "Review the security annex"', () => {
    const changes = compareReleases(read('2026-01-15'), read('2026-03-01'), aliases);
    expect(changeLines(english(), changes)).toEqual(['“Review the security annex” — OVHcloud: I → C']);
    expect(impactText(read('2026-01-15'), read('2026-03-01'), aliases)).toEqual([
      { party: 'OVHcloud', letters: { R: none, A: none, C: tally(1, 0), I: tally(0, 1) } },
    ]);
  });

  test('2026-09-01: renamed, moved, added, removed, grouped by phase and section', () => {
    const changes = compareReleases(read('2026-03-01'), read('2026-09-01'), aliases);
    expect(countChanges(changes)).toEqual({ added: 1, removed: 1, renamed: 1, moved: 1, letters: 0, sections: 0, metadata: 0 });
    const groups = groupByPhaseAndSection(changes.activities).map((group) => ({
      phase: group.phase.title,
      sections: group.sections.map(({ section, changes: list }) => [
        `${section.number}. ${section.title}`,
        list.map((c) => `${c.kinds.join('+')}: ${(c.after ?? c.before)?.text}`),
      ]),
    }));
    expect(groups).toEqual([
      { phase: 'Onboarding', sections: [['1.2. Access', ['renamed: Create administrator accounts']]] },
      {
        phase: 'Operations',
        sections: [
          ['2.1. Backups', ['added: Encrypt backups', 'removed: Print monthly reports']],
          ['2.2. Recovery', ['moved: Test restores']],
        ],
      },
    ]);
    expect(impactText(read('2026-03-01'), read('2026-09-01'), aliases)).toEqual([
      { party: 'Customer', letters: { R: tally(1, 0), A: tally(1, 0), C: none, I: tally(0, 1) } },
      { party: 'OVHcloud', letters: { R: tally(0, 1), A: tally(0, 1), C: tally(1, 0), I: none } },
    ]);
  });

  test('from the first release to the latest: every change of both releases, the annex letter included', () => {
    const changes = compareReleases(read('2026-01-15'), read('2026-09-01'), aliases);
    expect(countChanges(changes)).toEqual({ added: 1, removed: 1, renamed: 1, moved: 1, letters: 1, sections: 0, metadata: 0 });
  });
});

describe('changeLines: one line per change, in English', () => {
  test('metadata, headings and every kind of activity change, in that order', () => {
    const before = release(BASE);
    const after = release(
      {
        '1.1': { title: 'Contract signature', rows: [['Sign the contract', '', 'RA']] },
        '1.3': {
          title: 'Billing',
          rows: [
            ['Pay the invoices', 'RA', 'I'],
            ['Enable 2FA', 'RA', 'I'],
          ],
        },
      },
      { description: 'Another matrix', sourceUrl: 'https://example.org/other' },
    );
    const aliases = { anchors: { 'activity-1-2-enable-two-factor-login': 'activity-1-3-enable-2fa' }, pages: {} };
    expect(changeLines(english(), compareReleases(before, after, aliases))).toEqual([
      'Description: “A matrix” → “Another matrix”',
      'Source address: “https://example.org/matrix” → “https://example.org/other”',
      'Section “1.1. Contract” renamed “1.1. Contract signature”',
      'Section “1.2. Access” removed',
      'Section “1.3. Billing” added',
      '“Sign the contract” — Customer: RA → no role; OVHcloud: I → RA',
      // A removed activity comes after the changes of its section or an earlier one (1.1 here).
      '“Create admin accounts” — Removed from 1.2. Access',
      '“Pay the invoices” — Added in 1.3. Billing',
      '“Enable 2FA” — Renamed from “Enable two-factor login”; Moved from 1.2. Access to 1.3. Billing; OVHcloud: C → I',
    ]);
  });

  test('a party unknown to the names given is shown by its id', () => {
    const after = release({ ...BASE, '1.1': { title: 'Contract', rows: [['Sign the contract', 'RA', 'C']] } });
    expect(changeLines(english([]), compareReleases(release(BASE), after, NO_ALIASES))).toEqual(['“Sign the contract” — ovhcloud: I → C']);
  });

  test('phase headings', () => {
    const before = release(BASE);
    const after = release(BASE);
    after.phases = after.phases.map((phase) => ({ ...phase, title: 'Subscription' }));
    const changes = compareReleases(before, after, NO_ALIASES);
    expect(changes.headings).toEqual([
      {
        level: 'phase',
        kind: 'renamed',
        before: { id: 'phase-1-onboarding', number: '1', title: 'Onboarding' },
        after: { id: 'phase-1-onboarding', number: '1', title: 'Subscription' },
      },
    ]);
    expect(changeLines(english(), changes)).toEqual(['Phase “1. Onboarding” renamed “1. Subscription”']);
  });
});

describe('headings matched across releases', () => {
  const access = BASE['1.2'] as Sections[string];

  test('an alias follows a section renumbered, while a new section takes its old number', () => {
    const after = release({
      '1.1': BASE['1.1'] as Sections[string],
      '1.2': { title: 'Billing', rows: [['Pay', 'RA', 'I']] },
      '1.3': access,
    });
    const aliases = { anchors: { 'section-1-2-access': 'section-1-3-access' }, pages: {} };
    const headings = compareReleases(release(BASE), after, aliases).headings.map((h) => `${h.kind} ${h.before?.number} ${h.after?.number}`);
    expect(headings).toEqual(['renamed 1.2 1.3', 'added undefined 1.2']);
  });

  test('without the alias, the new section at the same number reads as the old one renamed', () => {
    const after = release({
      '1.1': BASE['1.1'] as Sections[string],
      '1.2': { title: 'Billing', rows: [['Pay', 'RA', 'I']] },
      '1.3': access,
    });
    const headings = compareReleases(release(BASE), after, NO_ALIASES).headings.map(
      (h) => `${h.kind} ${h.before?.title} ${h.after?.title}`,
    );
    expect(headings).toEqual(['renamed Access Billing', 'added undefined Access']);
  });

  test('two old sections aliased to the same new one: the first takes it, the second is removed', () => {
    const after = release({ '1.1': { title: 'Everything', rows: [['Sign the contract', 'RA', 'I']] } });
    const aliases = {
      anchors: { 'section-1-1-contract': 'section-1-1-everything', 'section-1-2-access': 'section-1-1-everything' },
      pages: {},
    };
    const headings = compareReleases(release(BASE), after, aliases).headings.map((h) => `${h.kind} ${h.before?.title} ${h.after?.title}`);
    expect(headings).toEqual(['renamed Contract Everything', 'removed Access undefined']);
  });
});

describe('impact of a party that left the matrix', () => {
  test('its letters are all lost; a party without change is not listed', () => {
    const before = release(BASE, { parties: [...PARTIES, { id: 'auditor', name: 'Auditor' }] });
    const phase = before.phases[0];
    if (!phase) throw new Error('fixture');
    before.phases = [
      {
        ...phase,
        sections: phase.sections.map((section) => ({
          ...section,
          activities: section.activities.map((activity) => ({ ...activity, roles: { ...activity.roles, auditor: parseLetters('CI') } })),
        })),
      },
    ];
    const changes = compareReleases(before, release(BASE), NO_ALIASES);
    expect(changes.impact).toEqual([
      { party: { id: 'auditor', name: 'Auditor' }, letters: { R: none, A: none, C: tally(0, 3), I: tally(0, 3) } },
    ]);
    expect(changes.activities.every((change) => change.letters.length === 1)).toBe(true);
  });
});

describe('added and removed activities carry no letter changes', () => {
  test('the whole change', () => {
    const after = release({ '1.1': BASE['1.1'] as Sections[string], '1.2': { title: 'Access', rows: [['Revoke leavers', 'R', 'A']] } });
    const changes = compareReleases(release(BASE), after, NO_ALIASES).activities;
    expect(changes.map(({ kinds, letters, before, after: now }) => ({ kinds, letters, before: before?.text, after: now?.text }))).toEqual([
      { kinds: ['added'], letters: [], before: undefined, after: 'Revoke leavers' },
      { kinds: ['removed'], letters: [], before: 'Create admin accounts', after: undefined },
      { kinds: ['removed'], letters: [], before: 'Enable two-factor login', after: undefined },
    ]);
  });
});

describe('isUnchanged', () => {
  const empty: ReleaseChanges = { from: 'a', to: 'b', metadata: [], headings: [], activities: [], impact: [] };

  test('only when there is no metadata, heading nor activity change', () => {
    expect(isUnchanged(empty)).toBe(true);
    expect(isUnchanged({ ...empty, metadata: [{ field: 'title', before: 'a', after: 'b' }] })).toBe(false);
    expect(
      isUnchanged({
        ...empty,
        headings: [{ level: 'phase', kind: 'added', before: undefined, after: { id: 'p', number: '1', title: 'P' } }],
      }),
    ).toBe(false);
    const change = compareReleases(
      release(BASE),
      release({ ...BASE, '1.1': { title: 'Contract', rows: [['Sign the contract', 'RA', 'C']] } }),
      NO_ALIASES,
    ).activities;
    expect(isUnchanged({ ...empty, activities: change })).toBe(false);
  });
});

describe('compareNumbers: dotted numbers as the source orders them', () => {
  test('by each component as a number; a shorter number first', () => {
    expect(compareNumbers('2.10', '2.9')).toBeGreaterThan(0);
    expect(compareNumbers('2.9', '2.10')).toBeLessThan(0);
    expect(compareNumbers('1.1', '1.1')).toBe(0);
    expect(compareNumbers('1.1', '1.1.1')).toBeLessThan(0);
    expect(compareNumbers('1.1.1', '1.1')).toBeGreaterThan(0);
    expect(compareNumbers('1.1', '1.1.0')).toBeLessThan(0);
    expect(compareNumbers('1.1.0', '1.1')).toBeGreaterThan(0);
  });
});

describe('placeOf and groupByPhaseAndSection', () => {
  const version = (phase: number, section: string, text: string) => ({
    id: text,
    text,
    roles: {},
    phase: { number: phase, title: `P${phase}` },
    section: { id: section, number: section, title: `S${section}` },
  });
  const added = (phase: number, section: string, text: string): ActivityChange => ({
    kinds: ['added'],
    before: undefined,
    after: version(phase, section, text),
    letters: [],
  });

  test('a change with neither version is an error', () => {
    expect(() => placeOf({ kinds: ['added'], before: undefined, after: undefined, letters: [] })).toThrow(
      'An activity change has neither a before nor an after.',
    );
  });

  test('sorts by phase then section, keeping the given order within a section, without touching the input', () => {
    const input = [
      added(3, '3.1', 'e'),
      added(1, '1.10', 'c'),
      added(1, '1.2', 'a'),
      added(2, '2.1', 'd'),
      added(1, '1.2', 'b'),
      { ...added(1, '1.9', 'r'), after: undefined, before: version(1, '1.9', 'r'), kinds: ['removed' as const] },
    ];
    const groups = groupByPhaseAndSection(input).map((group) => [
      group.phase.number,
      group.sections.map((entry) => [entry.section.number, entry.changes.map((change) => placeOf(change).text).join('')]),
    ]);
    expect(groups).toEqual([
      [
        1,
        [
          ['1.2', 'ab'],
          ['1.9', 'r'],
          ['1.10', 'c'],
        ],
      ],
      [2, [['2.1', 'd']]],
      [3, [['3.1', 'e']]],
    ]);
    expect(input.map((change) => placeOf(change).text).join('')).toBe('ecadbr');
  });
});

describe('differencesFrom: what a release lacks of the current content', () => {
  const sealed = (content: ReleaseContent): Release => ({ ...content, checksum: checksumOf(content) });

  test('nothing when the checksums match', () => {
    expect(differencesFrom(english(), sealed(release(BASE)), sealed(release(BASE)), NO_ALIASES)).toEqual([]);
  });

  test('the date first, then each change', () => {
    const after = release(
      { ...BASE, '1.1': { title: 'Contract', rows: [['Sign the contract', 'RA', 'C']] } },
      { lastUpdated: '2026-03-01' },
    );
    expect(differencesFrom(english(), sealed(release(BASE)), sealed(after), NO_ALIASES)).toEqual([
      'lastUpdated 2026-01-15 → 2026-03-01',
      '“Sign the contract” — OVHcloud: I → C',
    ]);
  });

  test('only the order of the lists changed', () => {
    const reordered = release({ '1.2': BASE['1.2'] as Sections[string], '1.1': BASE['1.1'] as Sections[string] });
    expect(differencesFrom(english(), sealed(release(BASE)), sealed(reordered), NO_ALIASES)).toEqual([
      'the order of phases, sections or activities',
    ]);
  });
});
