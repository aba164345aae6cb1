import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { matrixCsv, matrixExport } from '../../src/build/exports';
import { barChart, barsPath, maxCount } from '../../src/components/overview-chart/chart';
import { parseFilterQuery, serializeFilterQuery } from '../../src/components/role-filter/filter-query';
import { listActivities } from '../../src/core/query';
import { readMatrix } from '../../src/core/read-matrix';
import { countRoles, matchesRoles, phaseOverview, phasesForParty } from '../../src/core/roles';
import { en } from '../../src/i18n/en';
import { header, metaFile, phaseFile } from './helpers';

const META = metaFile();
const PHASE = phaseFile([
  '## 1.1. Choose',
  '### 1.1.1. Place',
  ...header,
  '| Choose the location, "quoted" | RA | I |',
  '| Destroy media |  | RA |',
  '## 1.2. Talk',
  ...header,
  '| Obtain support | A | R |',
  '| Cooperate | RA | CI |',
]);
const { matrix } = readMatrix(META, [{ file: 'p1.md', source: PHASE }]);
if (!matrix) throw new Error('fixture did not parse');
const [customer, ovhcloud] = matrix.meta.parties;
if (!customer || !ovhcloud) throw new Error('fixture parties missing');

describe('filter query', () => {
  test('reads roles in canonical order and ignores unknown values', () => {
    expect(parseFilterQuery('?role=A&role=R&role=X&role=A', ['customer'])).toEqual({ party: undefined, roles: ['R', 'A'], changed: false });
    expect(parseFilterQuery('?party=ovhcloud&role=none', ['customer', 'ovhcloud'])).toEqual({
      party: 'ovhcloud',
      roles: ['none'],
      changed: false,
    });
    expect(parseFilterQuery('?party=nobody', ['customer'])).toEqual({ party: undefined, roles: [], changed: false });
  });

  test('reads and writes "changed in the latest release"', () => {
    expect(parseFilterQuery('?changed=latest&role=C', ['customer'])).toEqual({ party: undefined, roles: ['C'], changed: true });
    expect(parseFilterQuery('?changed=yes', ['customer']).changed).toBe(false);
    expect(serializeFilterQuery({ party: undefined, roles: [], changed: true })).toBe('?changed=latest');
    expect(serializeFilterQuery({ party: 'customer', roles: ['R'], changed: true })).toBe('?party=customer&role=R&changed=latest');
  });

  test('writes a stable, shareable query', () => {
    expect(serializeFilterQuery({ party: undefined, roles: ['A', 'R'], changed: false })).toBe('?role=R&role=A');
    expect(serializeFilterQuery({ party: 'ovhcloud', roles: ['none'], changed: false })).toBe('?party=ovhcloud&role=none');
    expect(serializeFilterQuery({ party: 'ovhcloud', roles: [], changed: false })).toBe('');
  });
});

describe('role matching', () => {
  test('is a union of the selected roles, and "none" matches empty cells only', () => {
    expect(matchesRoles(['R', 'A'], [])).toBe(true);
    expect(matchesRoles(['R', 'A'], ['C', 'A'])).toBe(true);
    expect(matchesRoles(['I'], ['R', 'A'])).toBe(false);
    expect(matchesRoles([], ['none'])).toBe(true);
    expect(matchesRoles(['I'], ['none'])).toBe(false);
  });

  test('counts each letter of a cell once', () => {
    const activities = listActivities(matrix.phases);
    expect(countRoles(activities, 'customer')).toEqual({ R: 2, A: 3, C: 0, I: 0, none: 1 });
    expect(countRoles(activities, 'ovhcloud')).toEqual({ R: 2, A: 1, C: 1, I: 2, none: 0 });
  });

  test("a party's phases keep only its activities, with their enclosing sections", () => {
    const onlyR = phasesForParty(matrix.phases, ovhcloud, ['R']);
    expect(onlyR[0]?.sections.map((s) => [s.number, s.activities.map((a) => a.text)])).toEqual([
      ['1.1', []],
      ['1.1.1', ['Destroy media']],
      ['1.2', ['Obtain support']],
    ]);
    expect(listActivities(phasesForParty(matrix.phases, customer))).toHaveLength(3);
    expect(phasesForParty(matrix.phases, customer, ['C'])).toEqual([]);
  });
});

describe('overview chart', () => {
  test('bars are proportional to counts on a shared scale', () => {
    const overview = phaseOverview(matrix.phases, matrix.meta.parties);
    expect(maxCount(overview)).toBe(3);
    const chart = barChart(overview, 'customer', 3, (number) => `Phase ${number}`);
    expect(chart.groups.map((group) => group.label)).toEqual(matrix.phases.map((phase) => `Phase ${phase.number}`));
    const bars = chart.groups[0]?.bars ?? [];
    expect(bars.map((b) => [b.letter, b.count])).toEqual([
      ['R', 2],
      ['A', 3],
      ['C', 0],
      ['I', 0],
    ]);
    expect(bars[1]?.y).toBeLessThan(bars[0]?.y ?? 0);
    expect(bars[2]?.height).toBe(0);
    expect((bars[0]?.height ?? 0) / (bars[1]?.height ?? 1)).toBeCloseTo(2 / 3);
    // 2 of 3 on a 142-unit scale (baseline 160, 18 units left above the tallest bar), to a tenth.
    expect([bars[0]?.height, bars[0]?.y]).toEqual([94.7, 65.3]);
  });

  test('draws the bars of one letter as one path, leaving out empty bars', () => {
    const bars = [
      { x: 14, y: 65.3, height: 94.7 },
      { x: 36, y: 160, height: 0 },
      { x: 126, y: 18, height: 142 },
    ];
    expect(barsPath(bars)).toBe('M14 65.3h18v94.7h-18zM126 18h18v142h-18z');
    expect(barsPath([])).toBe('');
  });
});

describe('exports', () => {
  test('CSV starts with a BOM and parses back into the rows, letters as written', () => {
    const csv = matrixCsv(matrix.meta.parties, matrix.phases, en.exports);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Phase number', 'Phase', 'Section number', 'Section', 'Activity', 'Customer', 'OVHcloud'],
      ['1', 'Before subscription', '1.1.1', 'Place', 'Choose the location, "quoted"', 'RA', 'I'],
      ['1', 'Before subscription', '1.1.1', 'Place', 'Destroy media', '', 'RA'],
      ['1', 'Before subscription', '1.2', 'Talk', 'Obtain support', 'A', 'R'],
      ['1', 'Before subscription', '1.2', 'Talk', 'Cooperate', 'RA', 'CI'],
    ]);
  });

  test("a party's CSV holds only the activities where it has a role", () => {
    const rows = parse(matrixCsv(matrix.meta.parties, matrix.phases, en.exports, customer), { bom: true }) as string[][];
    expect(rows.map((row) => row[4])).toEqual(['Activity', 'Choose the location, "quoted"', 'Obtain support', 'Cooperate']);
  });

  test('JSON has a versioned shape with stable ids and absolute URLs', () => {
    const json = matrixExport(matrix.meta, matrix.phases, (path) => `https://raci.example.org${path}`);
    expect(json.schemaVersion).toBe(1);
    expect(json.parties).toEqual([
      { id: 'customer', name: 'Customer' },
      { id: 'ovhcloud', name: 'OVHcloud' },
    ]);
    const section = json.phases[0]?.sections[1];
    expect(section).toMatchObject({ id: 'section-1-1-1-place', number: '1.1.1', title: 'Place', parent: '1.1' });
    expect(section?.activities[1]).toEqual({
      id: 'activity-1-1-1-destroy-media',
      text: 'Destroy media',
      roles: { customer: [], ovhcloud: ['R', 'A'] },
      url: 'https://raci.example.org/#activity-1-1-1-destroy-media',
    });
    const forCustomer = matrixExport(matrix.meta, matrix.phases, (path) => path, customer);
    expect(forCustomer.phases[0]?.sections.flatMap((s) => s.activities.map((a) => a.text))).toEqual([
      'Choose the location, "quoted"',
      'Obtain support',
      'Cooperate',
    ]);
  });
});
