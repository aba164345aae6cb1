import { describe, expect, test } from 'vitest';
import {
  checklistFile,
  checklistFileName,
  importChanges,
  readChecklistFile,
  sizeProblem,
} from '../../src/components/checklist/checklist-file';
import { checklistCounts, checklistPhases } from '../../src/components/checklist/items';
import {
  type ChecklistActivity,
  confirmReview,
  editRecord,
  type ItemRecord,
  isEvidenceLink,
  isListed,
  lastChange,
  letterChanges,
  mergeRecords,
  orphanIds,
  progress,
  reconcile,
  recordProblem,
  storageKeys,
  summarize,
  toRecord,
  toSettings,
} from '../../src/components/checklist/state';
import { readMatrix } from '../../src/core/read-matrix';
import { header, metaFile, phaseFile } from './helpers';

const DATE = '2026-06-11';
const activity = (id: string, letters: Record<string, string>, phase = 1, tracked = true): ChecklistActivity => ({
  id,
  text: `Text of ${id}`,
  letters,
  phase,
  tracked,
});
const sign = activity('activity-1-1-sign', { customer: 'RA', ovhcloud: 'I' });
const review = activity('activity-1-1-review', { customer: 'RA', ovhcloud: 'C' });
const restore = activity('activity-2-2-restore', { customer: 'I', ovhcloud: 'RA' }, 2, false);

/** A record written by hand: the shape README documents. */
function record(fields: Partial<ItemRecord> = {}): ItemRecord {
  return {
    status: 'todo',
    owner: '',
    due: '',
    note: '',
    evidence: '',
    seen: { activity: 'Text of activity-1-1-sign', matrixDate: DATE, letters: { customer: 'RA', ovhcloud: 'I' } },
    updated: {},
    ...fields,
  };
}

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

  test('records from storage or files are checked field by field', () => {
    expect(recordProblem(record())).toBeUndefined();
    expect(recordProblem(record({ status: 'finished' as 'done' }))).toBe(
      '"status": must be one of "todo", "in-progress", "done", "not-applicable"',
    );
    expect(recordProblem(record({ evidence: 'javascript:alert(1)' }))).toBe(
      '"evidence": must be a link starting with http:// or https://, or ""',
    );
    expect(recordProblem(record({ due: '01/12/2026' }))).toBe('"due": must be a date written YYYY-MM-DD, or ""');
    expect(recordProblem({ ...record(), seen: { activity: 'x', matrixDate: DATE, letters: { customer: 'RX' } } })).toBe(
      '"seen.letters" must give each party its letters (R, A, C, I)',
    );
    expect(recordProblem({ ...record(), updated: { colour: 1 } })).toBe('"updated.colour" is not a field');
    expect(recordProblem({ ...record(), owner: 3 })).toBe('"owner": must be text');
    expect(recordProblem('done')).toBe('must be an object');
    expect(toRecord({ ...record(), extra: 'dropped' })).toEqual(record());
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

describe('JSON file', () => {
  const identity = {
    matrix: { title: 'Fixture RACI', sourceUrl: 'https://example.org/fixture-raci', lastUpdated: '2026-09-01' },
    party: { id: 'customer', name: 'Customer' },
  };
  const records = new Map([
    [sign.id, record({ status: 'done', owner: 'Alice', note: '<b>=1+1</b>', updated: { status: 1, owner: 2, note: 3, seen: 3 } })],
    [review.id, record({ evidence: 'https://evidence.example.org/1' })],
  ]);
  const written = (changes: Record<string, unknown> = {}) =>
    JSON.stringify({ ...checklistFile(identity, records, new Date('2026-10-01T08:00:00Z')), ...changes });

  test('names the format, its version, the matrix, its date and the party', () => {
    const file = checklistFile(identity, records, new Date('2026-10-01T08:00:00Z'));
    expect(file).toMatchObject({
      format: 'raci-checklist',
      version: 1,
      matrix: { title: 'Fixture RACI', sourceUrl: 'https://example.org/fixture-raci', lastUpdated: '2026-09-01' },
      party: { id: 'customer', name: 'Customer' },
      exportedAt: '2026-10-01T08:00:00.000Z',
    });
    expect(file.items[0]).toEqual({ id: sign.id, ...records.get(sign.id) });
    expect(checklistFileName(identity, new Date('2026-10-01T08:00:00Z'), 'xlsx')).toBe(
      'customer-checklist-2026-09-01-exported-2026-10-01.xlsx',
    );
  });

  test('reads back what it wrote, identical', () => {
    expect(readChecklistFile(written(), identity)).toEqual({ ok: true, records });
  });

  test('a file from another release of the same matrix is accepted', () => {
    const older = written({ matrix: { ...identity.matrix, lastUpdated: '2026-01-15' } });
    expect(readChecklistFile(older, identity).ok).toBe(true);
  });

  test('each bad file gets its own message, and says nothing changed', () => {
    const message = (text: string) => {
      const reading = readChecklistFile(text, identity);
      return reading.ok ? 'accepted' : reading.message;
    };
    expect(message('{"format": "raci-checklist",')).toBe('This file is not JSON, so it is not a checklist export. Nothing was changed.');
    expect(message('[1, 2]')).toBe('This file is not a checklist export this page can read: it holds no object. Nothing was changed.');
    expect(message(written({ format: 'raci-matrix' }))).toBe(
      'This file is not a checklist export this page can read: its "format" is not "raci-checklist". Nothing was changed.',
    );
    expect(message(written({ version: 2 }))).toBe(
      'This file is not a checklist export this page can read: it is written in version 2 of the format; this page reads version 1. Nothing was changed.',
    );
    expect(message(written({ matrix: { title: 'Other RACI', sourceUrl: 'https://example.org/other', lastUpdated: '2026-09-01' } }))).toBe(
      'This file is a checklist of another matrix ("Other RACI", https://example.org/other), not of "Fixture RACI". Nothing was changed.',
    );
    expect(message(written({ party: { id: 'ovhcloud', name: 'OVHcloud' } }))).toBe(
      "This file is OVHcloud's checklist, and this page is Customer's: import it on OVHcloud's checklist page. Nothing was changed.",
    );
    expect(message(written({ items: {} }))).toBe(
      'This file is not a checklist export this page can read: "items" must be a list. Nothing was changed.',
    );
    expect(message(written({ items: [{ id: sign.id, ...record({ status: 'finished' as 'done' }) }] }))).toBe(
      'This file is not a checklist export this page can read: items[0] (activity-1-1-sign) "status": must be one of "todo", "in-progress", "done", "not-applicable". Nothing was changed.',
    );
    expect(message(written({ items: [{ id: 'Not an id', ...record() }] }))).toBe(
      'This file is not a checklist export this page can read: items[0] must have the "id" of an activity. Nothing was changed.',
    );
    expect(
      message(
        written({
          items: [
            { id: sign.id, ...record() },
            { id: sign.id, ...record() },
          ],
        }),
      ),
    ).toBe('This file is not a checklist export this page can read: items[1]: "activity-1-1-sign" appears twice. Nothing was changed.');
  });

  test('over 1 MB is refused before reading', () => {
    expect(sizeProblem(1_000_000)).toBeUndefined();
    expect(sizeProblem(2_345_678)).toBe(
      'This file is 2.3 MB, over the 1 MB a checklist export can be: it is not one. Nothing was changed.',
    );
  });

  test('the preview lists items added, changed field by field, and cleared', () => {
    const current = new Map([
      [sign.id, record({ status: 'in-progress', owner: 'Alice', seen: { ...record().seen, activity: 'Sign' } })],
      [review.id, record({ seen: { ...record().seen, activity: 'Review' } })],
      ['activity-9', record({ seen: { ...record().seen, activity: 'Gone' } })],
    ]);
    const incoming = new Map([
      [sign.id, record({ status: 'done', owner: 'Bob', note: '=1+1', seen: { ...record().seen, activity: 'Sign' } })],
      [review.id, record({ seen: { ...record().seen, activity: 'Review' }, updated: { owner: 99 } })],
      ['activity-new', record({ due: '2026-12-01', seen: { ...record().seen, activity: 'New' } })],
    ]);
    expect(importChanges(current, incoming)).toEqual([
      {
        id: sign.id,
        activity: 'Sign',
        kind: 'changed',
        details: ['Status: In progress → Done', 'Owner: "Alice" → "Bob"', 'Note: (empty) → "=1+1"'],
      },
      { id: 'activity-new', activity: 'New', kind: 'added', details: ['Due date: (empty) → "2026-12-01"'] },
      { id: 'activity-9', activity: 'Gone', kind: 'removed', details: [] },
    ]);
  });
});
