import { describe, expect, test } from 'vitest';
import { storageKeys, toSettings } from '../../src/components/checklist/checklist-store';
import { isEvidenceLink } from '../../src/components/checklist/fields';
import { checklistCounts, checklistPhases } from '../../src/components/checklist/items';
import { orphanIds, pageOrder, reconcile } from '../../src/components/checklist/migration';
import { confirmReview, editRecord, isRecord, letterChanges, mergeRecords, toRecord } from '../../src/components/checklist/record';
import { isListed, lastChange, progress, summarize } from '../../src/components/checklist/summary';
import { readMatrix } from '../../src/core/read-matrix';
import { activity, DATE, record, restore, review, sign } from './checklist-helpers';
import { header, metaFile, phaseFile } from './helpers';

describe('checklist items', () => {
  const phase1 = phaseFile(['## 1.1. Contract', ...header, '| Sign | RA | I |', '| Advise | C | RA |', '| Destroy |  | RA |']);
  const phase2 = phaseFile(['## 2.1. Backups', ...header, '| Restore | I | RA |'], ['phase: 2', 'title: "Operations"']);
  const { matrix } = readMatrix(metaFile(), [
    { file: 'p1.md', source: phase1 },
    { file: 'p2.md', source: phase2 },
  ]);
  if (!matrix) throw new Error('fixture did not parse');
  const [customer, ovhcloud] = matrix.meta.parties;
  if (!customer || !ovhcloud) throw new Error('fixture parties missing');

  test('R or A is tracked, C or I only can be added, no role is left out', () => {
    const phases = checklistPhases(matrix.phases, customer);
    expect(
      phases.map(({ phase, sections }) => [
        phase.number,
        sections.flatMap((s) => s.activities.map(({ activity: a, tracked }) => `${a.text}:${tracked}`)),
      ]),
    ).toEqual([
      [1, ['Sign:true', 'Advise:false']],
      [2, ['Restore:false']],
    ]);
    expect(checklistCounts(phases)).toEqual({ tracked: 1, others: 2 });
    expect(checklistCounts(checklistPhases(matrix.phases, ovhcloud))).toEqual({ tracked: 3, others: 1 });
  });
});

describe('evidence links', () => {
  test('only absolute http and https URLs', () => {
    for (const link of ['https://intranet.example.com/evidence/42', 'http://10.0.0.1/x', 'HTTPS://EXAMPLE.ORG'])
      expect(isEvidenceLink(link), link).toBe(true);
    for (const link of [
      'javascript:alert(1)',
      'ftp://example.org',
      'example.org',
      '/evidence',
      'https://',
      'data:text/html,x',
      ' https://x.org',
    ])
      expect(isEvidenceLink(link), link).toBe(false);
  });
});

describe('records', () => {
  test('the first edit creates the record with what the reader saw', () => {
    expect(editRecord(undefined, sign, DATE, 'owner', 'Alice', 100)).toEqual(
      record({ owner: 'Alice', updated: { owner: 100, seen: 100 } }),
    );
  });

  test('a later edit refreshes what was seen, unless the letters changed since', () => {
    const saved = record({
      seen: { activity: 'Old text', matrixDate: '2026-01-15', letters: { customer: 'RA', ovhcloud: 'I' } },
      updated: { seen: 5 },
    });
    const same = editRecord(saved, sign, DATE, 'status', 'done', 200);
    expect(same.seen).toEqual({ activity: 'Text of activity-1-1-sign', matrixDate: DATE, letters: { customer: 'RA', ovhcloud: 'I' } });
    expect(same.updated).toEqual({ status: 200, seen: 200 });

    const changed = editRecord(saved, review, DATE, 'status', 'done', 200);
    expect(changed.status).toBe('done');
    expect(changed.seen).toEqual(saved.seen);
    expect(letterChanges(changed, review)).toEqual([{ party: 'ovhcloud', before: 'I', after: 'C' }]);
    const confirmed = confirmReview(changed, review, DATE, 300);
    expect(letterChanges(confirmed, review)).toEqual([]);
    expect(confirmed.seen.matrixDate).toBe(DATE);
    expect(confirmed.updated.seen).toBe(300);
  });

  test('two tabs: each field keeps its latest write, the other fields are not lost', () => {
    const tabA = record({ owner: 'Alice', note: 'old note', updated: { owner: 10, note: 1 } });
    const tabB = record({ owner: 'Bob', note: 'new note', status: 'done', updated: { owner: 5, note: 20, status: 20 } });
    const expected = record({ owner: 'Alice', note: 'new note', status: 'done', updated: { owner: 10, note: 20, status: 20 } });
    expect(mergeRecords(tabA, tabB)).toEqual(expected);
    expect(mergeRecords(tabB, tabA)).toEqual(expected);
    // A tie goes to the second argument, the write being made.
    expect(mergeRecords(record({ owner: 'A', updated: { owner: 7 } }), record({ owner: 'B', updated: { owner: 7 } })).owner).toBe('B');
  });

  test('a record read back from storage is checked field by field; only its known properties are kept', () => {
    expect(isRecord(record())).toBe(true);
    expect(isRecord(record({ status: 'done', owner: 'A', due: '2026-12-31', note: 'n', evidence: 'https://e.example.org/1' }))).toBe(true);
    expect(isRecord({ ...record(), updated: { status: 1, owner: 2, due: 3, note: 4, evidence: 5, seen: 0 } })).toBe(true);
    expect(isRecord({ ...record(), seen: { activity: '', matrixDate: DATE, letters: { customer: '', ovhcloud: 'RACI' } } })).toBe(true);
    const wrong: [string, unknown][] = [
      ['not an object', 'done'],
      ['null', null],
      ['a list', [record()]],
      ['an unknown status', record({ status: 'finished' as 'done' })],
      ['a status that is not text', { ...record(), status: 1 }],
      ['an owner that is not text', { ...record(), owner: 3 }],
      ['a note that is missing', { ...record(), note: undefined }],
      ['a due date written another way', record({ due: '01/12/2026' })],
      ['a javascript: evidence link', record({ evidence: 'javascript:alert(1)' })],
      ['no seen', { ...record(), seen: undefined }],
      ['seen as a list', { ...record(), seen: [] }],
      ['seen.activity not text', { ...record(), seen: { activity: 1, matrixDate: DATE, letters: {} } }],
      ['seen.matrixDate not a date', { ...record(), seen: { activity: 'x', matrixDate: '11/06/2026', letters: {} } }],
      ['seen.matrixDate not text', { ...record(), seen: { activity: 'x', matrixDate: 20260611, letters: {} } }],
      ['seen.letters not an object', { ...record(), seen: { activity: 'x', matrixDate: DATE, letters: 'RA' } }],
      ['an unknown letter', { ...record(), seen: { activity: 'x', matrixDate: DATE, letters: { customer: 'RX' } } }],
      ['a letter twice', { ...record(), seen: { activity: 'x', matrixDate: DATE, letters: { customer: 'RR' } } }],
      ['letters that are not text', { ...record(), seen: { activity: 'x', matrixDate: DATE, letters: { customer: ['R'] } } }],
      ['no updated', { ...record(), updated: null }],
      ['updated of an unknown field', { ...record(), updated: { colour: 1 } }],
      ['a negative time', { ...record(), updated: { owner: -1 } }],
      ['a time that is not a number', { ...record(), updated: { owner: '1' } }],
      ['an infinite time', { ...record(), updated: { owner: Number.POSITIVE_INFINITY } }],
    ];
    for (const [what, value] of wrong) expect(isRecord(value), what).toBe(false);
    expect(toRecord({ ...record(), extra: 'dropped', seen: { ...record().seen, extra: 1 } })).toEqual(record());
    expect(toRecord(null)).toBeUndefined();
  });

  test('settings default to "only R and A" and "never exported"', () => {
    expect(toSettings(undefined)).toEqual({ includeOthers: false, exportedAt: 0 });
    expect(toSettings({ includeOthers: true, exportedAt: 42 })).toEqual({ includeOthers: true, exportedAt: 42 });
  });

  test('storage keys: matrix source URL, party and activity id, never the date', () => {
    const keys = storageKeys('https://example.org/raci?v=1', 'customer');
    expect(keys.item('activity-1-1-sign')).toBe('raci-checklist:v1:https%3A%2F%2Fexample.org%2Fraci%3Fv%3D1:customer:activity-1-1-sign');
    expect(keys.settings).toBe('raci-checklist:v1:https%3A%2F%2Fexample.org%2Fraci%3Fv%3D1:customer');
    expect(keys.idOf('raci-checklist:v1:https%3A%2F%2Fexample.org%2Fraci%3Fv%3D1:customer:activity-9')).toBe('activity-9');
    expect(keys.idOf('raci-checklist:v1:https%3A%2F%2Fexample.org%2Fraci%3Fv%3D1:ovhcloud:activity-9')).toBeUndefined();
    expect(keys.idOf(keys.settings)).toBeUndefined();
  });
});

describe('migrations after the content changed', () => {
  const known = new Set([sign.id, review.id, restore.id, 'activity-1-2-create-administrator-accounts']);
  const aliases = {
    'activity-1-2-create-admin-accounts': 'activity-1-2-create-administrator-accounts',
    'activity-0-old': 'activity-1-2-create-admin-accounts',
  };

  test('a renamed activity carries its record to the new id, following alias chains', () => {
    const saved = new Map([
      ['activity-1-2-create-admin-accounts', record({ status: 'done', updated: { status: 50 } })],
      ['activity-0-old', record({ owner: 'Zoe', updated: { owner: 10 } })],
      [sign.id, record({ note: 'kept' })],
    ]);
    const { records, moved } = reconcile(saved, known, aliases);
    expect(moved).toEqual([
      { from: 'activity-1-2-create-admin-accounts', to: 'activity-1-2-create-administrator-accounts' },
      { from: 'activity-0-old', to: 'activity-1-2-create-administrator-accounts' },
    ]);
    expect([...records.keys()]).toEqual([sign.id, 'activity-1-2-create-administrator-accounts']);
    expect(records.get('activity-1-2-create-administrator-accounts')).toMatchObject({ status: 'done', owner: 'Zoe' });
  });

  test('an activity that left the matrix keeps its record, as an orphan', () => {
    const saved = new Map([
      ['activity-2-1-print-monthly-reports', record({ status: 'in-progress' })],
      [sign.id, record()],
    ]);
    const { records, moved } = reconcile(saved, known, aliases);
    expect(moved).toEqual([]);
    expect(records.get('activity-2-1-print-monthly-reports')?.status).toBe('in-progress');
    expect(orphanIds(records, known)).toEqual(['activity-2-1-print-monthly-reports']);
  });

  test('every record in page order, then those no longer in the matrix, in the order they were saved', () => {
    const saved = new Map([
      ['activity-9-gone', record({ owner: 'Gone' })],
      [review.id, record({ owner: 'Review' })],
      ['activity-8-gone', record({ owner: 'Gone too' })],
      [sign.id, record({ owner: 'Sign' })],
    ]);
    const ordered = pageOrder(saved, [sign.id, restore.id, review.id]);
    expect([...ordered].map(([id, { owner }]) => `${id} ${owner}`)).toEqual([
      'activity-1-1-sign Sign',
      'activity-1-1-review Review',
      'activity-9-gone Gone',
      'activity-8-gone Gone too',
    ]);
  });
});

describe('listing and summary', () => {
  test('C/I-only activities are listed when asked for, or once they have saved state', () => {
    expect(isListed(sign, undefined, false)).toBe(true);
    expect(isListed(restore, undefined, false)).toBe(false);
    expect(isListed(restore, undefined, true)).toBe(true);
    expect(isListed(restore, record(), false)).toBe(true);
  });

  test('counts per status overall and per phase; progress leaves "Not applicable" out', () => {
    const extra = activity('activity-1-1-extra', { customer: 'A', ovhcloud: 'R' });
    const records = new Map([
      [sign.id, record({ status: 'done' })],
      [review.id, record({ status: 'not-applicable' })],
      [restore.id, record({ status: 'in-progress' })],
    ]);
    const summary = summarize([sign, review, extra, restore], records);
    expect(summary.overall).toEqual({ todo: 1, 'in-progress': 1, done: 1, 'not-applicable': 1, total: 4 });
    expect(summary.phases.get(1)).toEqual({ todo: 1, 'in-progress': 0, done: 1, 'not-applicable': 1, total: 3 });
    expect(summary.phases.get(2)).toEqual({ todo: 0, 'in-progress': 1, done: 0, 'not-applicable': 0, total: 1 });
    expect(progress(summary.overall)).toEqual({ done: 1, of: 3 });
  });

  test('the last change is the latest write of any field', () => {
    expect(lastChange(new Map())).toBe(0);
    expect(
      lastChange(
        new Map([
          ['a', record({ updated: { owner: 5, seen: 9 } })],
          ['b', record({ updated: { note: 7 } })],
        ]),
      ),
    ).toBe(9);
  });
});
