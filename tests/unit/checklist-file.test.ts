/**
 * The checklist's JSON file: what the export writes (byte for byte), what the import accepts, and
 * the message for each kind of file it refuses; the schema of imported items and the check of
 * records read back from storage accept and refuse the same values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ChecklistConfig } from '../../src/components/checklist/checklist-config';
import { exportFile } from '../../src/components/checklist/checklist-export';
import { checklistFile, checklistFileName, sizeProblem } from '../../src/components/checklist/checklist-file';
import { importChanges, readChecklistFile } from '../../src/components/checklist/checklist-file-reader';
import { isRecord } from '../../src/components/checklist/record';
import { scriptStrings } from '../../src/components/checklist/strings';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { record, review, sign } from './checklist-helpers';

const words = { strings: scriptStrings(en.checklist, en.exports.sheet), lang: 'en' };
const identity = {
  matrix: { title: 'Fixture RACI', sourceUrl: 'https://example.org/fixture-raci', lastUpdated: '2026-09-01' },
  party: { id: 'customer', name: 'Customer' },
};
const records = new Map([
  [sign.id, record({ status: 'done', owner: 'Alice', note: '<b>=1+1</b>', updated: { status: 1, owner: 2, note: 3, seen: 3 } })],
  [review.id, record({ evidence: 'https://evidence.example.org/1' })],
]);
const EXPORTED = new Date('2026-10-01T08:00:00Z');
const written = (changes: Record<string, unknown> = {}) => JSON.stringify({ ...checklistFile(identity, records, EXPORTED), ...changes });
const message = (text: string) => {
  const reading = readChecklistFile(text, identity, words);
  return reading.ok ? 'accepted' : reading.message;
};
/** The message for a file whose only item is `item`. */
const itemMessage = (item: unknown) => message(written({ items: [item] }));
const UNREADABLE = 'This file is not a checklist export this page can read:';

describe('JSON file', () => {
  test('names the format, its version, the matrix, its date and the party; each item is its id and record', () => {
    const one = new Map([[sign.id, records.get(sign.id) ?? record()]]);
    // The export writes the file indented by two spaces: the record's properties in this order.
    expect(`${JSON.stringify(checklistFile(identity, one, EXPORTED), null, 2)}\n`).toBe(`{
  "format": "raci-checklist",
  "version": 1,
  "matrix": {
    "title": "Fixture RACI",
    "sourceUrl": "https://example.org/fixture-raci",
    "lastUpdated": "2026-09-01"
  },
  "party": {
    "id": "customer",
    "name": "Customer"
  },
  "exportedAt": "2026-10-01T08:00:00.000Z",
  "items": [
    {
      "id": "activity-1-1-sign",
      "status": "done",
      "owner": "Alice",
      "due": "",
      "note": "<b>=1+1</b>",
      "evidence": "",
      "seen": {
        "activity": "Text of activity-1-1-sign",
        "matrixDate": "2026-06-11",
        "letters": {
          "customer": "RA",
          "ovhcloud": "I"
        }
      },
      "updated": {
        "status": 1,
        "owner": 2,
        "note": 3,
        "seen": 3
      }
    }
  ]
}
`);
    expect(checklistFileName(identity, EXPORTED, 'xlsx', words)).toBe('customer-checklist-2026-09-01-exported-2026-10-01.xlsx');
  });

  test('the export buttons: JSON of every record, CSV of the listed items, each named for the party and the dates', async () => {
    const config: ChecklistConfig = {
      ...identity.matrix,
      storageIdentity: identity.matrix.sourceUrl,
      editions: [identity.matrix.sourceUrl],
      ...words,
      digits: '0123456789',
      laterWordsUrl: '/checklist-words.json',
      party: identity.party,
      parties: [identity.party, { id: 'ovhcloud', name: 'OVHcloud' }],
      roles: [],
      aliases: {},
      matrixUrl: 'https://raci.example.org/',
    };
    const json = exportFile('json', config, async () => words, records, [], EXPORTED);
    expect(json.name).toBe('customer-checklist-2026-09-01-exported-2026-10-01.json');
    expect(await json.content()).toEqual({
      data: `${JSON.stringify(checklistFile(identity, records, EXPORTED), null, 2)}\n`,
      type: 'application/json',
    });
    const listed = [
      { activity: sign, phase: '1. Before', section: '1.1. Contract', url: 'https://raci.example.org/#s', record: records.get(sign.id) },
    ];
    const csv = exportFile('csv', config, async () => words, records, listed, EXPORTED);
    expect(csv.name).toBe('customer-checklist-2026-09-01-exported-2026-10-01.csv');
    expect(await csv.content()).toEqual({
      data:
        '\ufeffPhase,Section,Activity,Customer,OVHcloud,Status,Owner,Due date,Note,Evidence,Link\r\n' +
        '1. Before,1.1. Contract,Text of activity-1-1-sign,RA,I,Done,Alice,,<b>=1+1</b>,,https://raci.example.org/#s\r\n',
      type: 'text/csv;charset=utf-8',
    });
    expect(exportFile('xlsx', config, async () => words, records, listed, EXPORTED).name).toBe(
      'customer-checklist-2026-09-01-exported-2026-10-01.xlsx',
    );
  });

  test('reads back what it wrote, identical, its properties in the same order', () => {
    const reading = readChecklistFile(written(), identity, words);
    expect(reading).toEqual({ ok: true, records });
    if (!reading.ok) return;
    expect(JSON.stringify([...reading.records])).toBe(JSON.stringify([...records]));
  });

  test('keeps only the known properties of an item', () => {
    const item = { id: sign.id, ...record(), extra: 1, seen: { ...record().seen, extra: 2 } };
    expect(readChecklistFile(written({ items: [item] }), identity, words)).toEqual({ ok: true, records: new Map([[sign.id, record()]]) });
  });

  test('a file from another release of the same matrix is accepted', () => {
    expect(message(written({ matrix: { ...identity.matrix, lastUpdated: '2026-01-15' } }))).toBe('accepted');
  });

  test('a file that is not a checklist of this matrix and party: its own message, and nothing changed', () => {
    expect(message('{"format": "raci-checklist",')).toBe('This file is not JSON, so it is not a checklist export. Nothing was changed.');
    expect(message('[1, 2]')).toBe(`${UNREADABLE} it holds no object. Nothing was changed.`);
    expect(message('null')).toBe(`${UNREADABLE} it holds no object. Nothing was changed.`);
    expect(message(written({ format: 'raci-matrix' }))).toBe(`${UNREADABLE} its "format" is not "raci-checklist". Nothing was changed.`);
    expect(message(written({ version: 2 }))).toBe(
      `${UNREADABLE} it is written in version 2 of the format; this page reads version 1. Nothing was changed.`,
    );
    expect(message(written({ version: '1' }))).toBe(
      `${UNREADABLE} it is written in version "1" of the format; this page reads version 1. Nothing was changed.`,
    );
    expect(message(written({ version: undefined }))).toBe(
      `${UNREADABLE} it is written in version undefined of the format; this page reads version 1. Nothing was changed.`,
    );
    for (const matrix of [undefined, 'Fixture RACI', { title: 'Fixture RACI' }, { sourceUrl: identity.matrix.sourceUrl, title: 3 }])
      expect(message(written({ matrix })), JSON.stringify(matrix)).toBe(
        `${UNREADABLE} "matrix" must give the matrix's title and sourceUrl. Nothing was changed.`,
      );
    for (const party of [undefined, [], { id: 'customer' }, { id: 1, name: 'Customer' }])
      expect(message(written({ party })), JSON.stringify(party)).toBe(
        `${UNREADABLE} "party" must give the party's id and name. Nothing was changed.`,
      );
    expect(message(written({ items: {} }))).toBe(`${UNREADABLE} "items" must be a list. Nothing was changed.`);
    // The first wrong property is named, in the order of the format.
    expect(message(written({ format: 'x', items: {} }))).toBe(`${UNREADABLE} its "format" is not "raci-checklist". Nothing was changed.`);
    expect(message(written({ matrix: { title: 'Other RACI', sourceUrl: 'https://example.org/other', lastUpdated: '2026-09-01' } }))).toBe(
      'This file is a checklist of another matrix ("Other RACI", https://example.org/other), not of "Fixture RACI". Nothing was changed.',
    );
    expect(message(written({ party: { id: 'ovhcloud', name: 'OVHcloud' } }))).toBe(
      "This file is OVHcloud's checklist, and this page is Customer's: import it on OVHcloud's checklist page. Nothing was changed.",
    );
    // Another matrix is reported before a wrong item.
    expect(message(written({ matrix: { title: 'Other', sourceUrl: 'https://example.org/other' }, items: [1] }))).toBe(
      'This file is a checklist of another matrix ("Other", https://example.org/other), not of "Fixture RACI". Nothing was changed.',
    );
  });

  test('a file exported from any edition of the matrix is this matrix’s; another matrix is still refused', () => {
    const editions = [identity.matrix.sourceUrl, 'https://example.org/fixture-raci.fr'];
    const read = (changes: Record<string, unknown>) => readChecklistFile(written(changes), identity, words, editions);
    const french = { title: 'RACI de test', sourceUrl: 'https://example.org/fixture-raci.fr', lastUpdated: '2024-01-22' };
    const fromFrench = read({ matrix: french, party: { id: 'customer', name: 'Client' } });
    expect(fromFrench.ok && [...fromFrench.records.keys()]).toEqual([sign.id, review.id]);
    expect(read({}).ok).toBe(true);
    const other = read({ matrix: { ...french, title: 'Other', sourceUrl: 'https://example.org/other' } });
    expect(other.ok ? 'accepted' : other.message).toBe(
      'This file is a checklist of another matrix ("Other", https://example.org/other), not of "Fixture RACI". Nothing was changed.',
    );
    // Without the editions, a page knows its own source only.
    expect(message(written({ matrix: french }))).toBe(
      'This file is a checklist of another matrix ("RACI de test", https://example.org/fixture-raci.fr), not of "Fixture RACI". Nothing was changed.',
    );
  });

  test('in French: the reasons for refusing a file, in French typography', () => {
    const frenchWords = { strings: scriptStrings(fr.checklist, fr.exports.sheet), lang: 'fr' };
    const read = (text: string) => {
      const reading = readChecklistFile(text, identity, frenchWords);
      return reading.ok ? 'accepted' : reading.message;
    };
    expect(read('{')).toBe('Ce fichier n’est pas du JSON\u00a0: ce n’est donc pas un export de liste de contrôle. Rien n’a été modifié.');
    expect(read(written({ items: {} }))).toBe(
      'Ce fichier n’est pas un export de liste de contrôle que cette page sait lire\u00a0: "items" doit être une liste. Rien n’a été modifié.',
    );
    expect(read(written({ matrix: { title: 'Autre', sourceUrl: 'https://example.org/autre' } }))).toBe(
      'Ce fichier est la liste de contrôle d’une autre matrice («\u202fAutre\u202f», https://example.org/autre), et non de «\u202fFixture RACI\u202f». Rien n’a été modifié.',
    );
    expect(sizeProblem(1_500_000, frenchWords)).toBe(
      'Ce fichier pèse 1,5\u00a0Mo, au-delà du 1\u00a0Mo que peut peser un export de liste de contrôle\u00a0: ce n’en est pas un. Rien n’a été modifié.',
    );
    expect(checklistFileName(identity, EXPORTED, 'csv', frenchWords)).toBe('liste-de-controle-customer-2026-09-01-exportee-2026-10-01.csv');
  });

  test('a wrong item: its index, its id and its first wrong property', () => {
    const item = (changes: Record<string, unknown>) => ({ id: sign.id, ...record(), ...changes });
    const seen = (changes: Record<string, unknown>) => item({ seen: { ...record().seen, ...changes } });
    const cases: [unknown, string][] = [
      ['done', 'items[0] must have the "id" of an activity'],
      [item({ id: 'Not an id' }), 'items[0] must have the "id" of an activity'],
      [item({ id: undefined, status: 'finished' }), 'items[0] must have the "id" of an activity'],
      [
        item({ status: 'finished' }),
        'items[0] (activity-1-1-sign) "status": must be one of "todo", "in-progress", "done", "not-applicable"',
      ],
      [item({ owner: 3 }), 'items[0] (activity-1-1-sign) "owner": must be text'],
      [item({ due: '01/12/2026' }), 'items[0] (activity-1-1-sign) "due": must be a date written YYYY-MM-DD, or ""'],
      [item({ note: null }), 'items[0] (activity-1-1-sign) "note": must be text'],
      [
        item({ evidence: 'javascript:alert(1)' }),
        'items[0] (activity-1-1-sign) "evidence": must be a link starting with http:// or https://, or ""',
      ],
      [item({ owner: 3, evidence: 'x' }), 'items[0] (activity-1-1-sign) "owner": must be text'],
      [item({ seen: 'x' }), 'items[0] (activity-1-1-sign) "seen" must be an object'],
      [seen({ activity: 1 }), 'items[0] (activity-1-1-sign) "seen.activity" must be text'],
      [seen({ matrixDate: '2026-6-11' }), 'items[0] (activity-1-1-sign) "seen.matrixDate" must be a date written YYYY-MM-DD'],
      [seen({ letters: 'RA' }), 'items[0] (activity-1-1-sign) "seen.letters" must give each party its letters (R, A, C, I)'],
      [seen({ letters: { customer: 'RX' } }), 'items[0] (activity-1-1-sign) "seen.letters" must give each party its letters (R, A, C, I)'],
      [item({ updated: [] }), 'items[0] (activity-1-1-sign) "updated" must be an object'],
      [item({ updated: { colour: 1 } }), 'items[0] (activity-1-1-sign) "updated.colour" is not a field'],
      [item({ updated: { owner: -1 } }), 'items[0] (activity-1-1-sign) "updated.owner" must be a time in milliseconds'],
      [item({ updated: { owner: '5' } }), 'items[0] (activity-1-1-sign) "updated.owner" must be a time in milliseconds'],
      // Each property of `updated` in its order: the first wrong one is named.
      [item({ updated: { colour: 1, owner: -1 } }), 'items[0] (activity-1-1-sign) "updated.colour" is not a field'],
      [item({ updated: { owner: -1, colour: 1 } }), 'items[0] (activity-1-1-sign) "updated.owner" must be a time in milliseconds'],
    ];
    for (const [value, problem] of cases) expect(itemMessage(value), problem).toBe(`${UNREADABLE} ${problem}. Nothing was changed.`);
    expect(
      message(
        written({
          items: [
            { id: sign.id, ...record() },
            { id: review.id, ...record({ owner: 1 as unknown as string }) },
          ],
        }),
      ),
    ).toBe(`${UNREADABLE} items[1] (activity-1-1-review) "owner": must be text. Nothing was changed.`);
    // A repeated id is reported at its second place, before any later wrong item.
    const twice = { id: sign.id, ...record() };
    expect(message(written({ items: [twice, twice, 'wrong'] }))).toBe(
      `${UNREADABLE} items[1]: "activity-1-1-sign" appears twice. Nothing was changed.`,
    );
  });

  test('over 1 MB is refused before reading', () => {
    expect(sizeProblem(1_000_000, words)).toBeUndefined();
    expect(sizeProblem(2_345_678, words)).toBe(
      'This file is 2.3 MB, over the 1 MB a checklist export can be: it is not one. Nothing was changed.',
    );
    expect(sizeProblem(1_234_567_890, words)).toBe(
      'This file is 1,234.6 MB, over the 1 MB a checklist export can be: it is not one. Nothing was changed.',
    );
  });

  test('an import lists the items it adds, changes field by field, and clears', () => {
    const current = new Map([
      [sign.id, record({ status: 'in-progress', owner: 'Alice', seen: { ...record().seen, activity: 'Sign' } })],
      [review.id, record({ seen: { ...record().seen, activity: 'Review' } })],
      ['activity-9', record({ seen: { ...record().seen, activity: 'Gone' } })],
    ]);
    const incoming = new Map([
      [sign.id, record({ status: 'done', owner: 'Bob', note: '=1+1', seen: { ...record().seen, activity: 'Sign' } })],
      [review.id, record({ seen: { ...record().seen, activity: 'Review' }, updated: { owner: 99 } })],
      ['activity-new', record({ due: '2026-12-01', seen: { ...record().seen, activity: 'New' } })],
      ['activity-blank', record({ seen: { ...record().seen, activity: 'Blank' } })],
    ]);
    expect(importChanges(current, incoming)).toEqual([
      {
        id: sign.id,
        activity: 'Sign',
        kind: 'changed',
        fields: [
          { field: 'status', before: 'in-progress', after: 'done' },
          { field: 'owner', before: 'Alice', after: 'Bob' },
          { field: 'note', before: '', after: '=1+1' },
        ],
      },
      { id: 'activity-new', activity: 'New', kind: 'added', fields: [{ field: 'due', before: '', after: '2026-12-01' }] },
      { id: 'activity-blank', activity: 'Blank', kind: 'added', fields: [] },
      { id: 'activity-9', activity: 'Gone', kind: 'removed', fields: [] },
    ]);
  });
});

/*
 * Under mutation testing (Stryker sets STRYKER_MUTATOR_WORKER), fewer runs, from a fixed seed, as
 * in read-phase.properties.test.ts.
 */
const UNDER_MUTATION = process.env['STRYKER_MUTATOR_WORKER'] !== undefined;
const runs = (numRuns: number) => ({
  numRuns: UNDER_MUTATION ? Math.ceil(numRuns / 5) : numRuns,
  ...(UNDER_MUTATION ? { seed: 20260611 } : {}),
});

describe('storage and files accept the same records', () => {
  const time = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 ** 45 }));
  const record = fc.record({
    status: fc.constantFrom('todo', 'in-progress', 'done', 'not-applicable'),
    owner: fc.string(),
    due: fc.constantFrom('', '2026-12-31', '1999-01-01'),
    note: fc.string(),
    evidence: fc.constantFrom('', 'https://e.example.org/x', 'HTTP://E.ORG/a?b=1'),
    seen: fc.record({
      activity: fc.string(),
      matrixDate: fc.constantFrom('2026-06-11', '2025-01-01'),
      letters: fc.dictionary(fc.constantFrom('customer', 'ovhcloud', 'auditor'), fc.constantFrom('', 'R', 'RA', 'AR', 'CI', 'RACI')),
    }),
    updated: fc.dictionary(fc.constantFrom('status', 'owner', 'due', 'note', 'evidence', 'seen'), time),
  });
  /** Where a record may go wrong, and values that are just off (or right after all: the check must agree either way). */
  const spots = [
    ['status'],
    ['owner'],
    ['due'],
    ['note'],
    ['evidence'],
    ['seen'],
    ['seen', 'activity'],
    ['seen', 'matrixDate'],
    ['seen', 'letters'],
    ['seen', 'letters', 'customer'],
    ['updated'],
    ['updated', 'owner'],
    ['updated', 'seen'],
    ['updated', 'colour'],
  ];
  const odd = fc.constantFrom(
    ...[undefined, null, true, 0, -1, 1.5, '1', '', 'x', [], {}, 'finished', 'Done', '2026-1-31', '31/12/2026', 'javascript:x'],
    ...['https://', 'ftp://e.org', 'RR', 'X', 'ra', 'RAX'],
  );
  /** A valid record, or one with one spot changed (a value of `undefined` is a missing property). */
  const candidate = fc.tuple(record, fc.option(fc.tuple(fc.constantFrom(...spots), odd), { freq: 2 })).map(([value, change]) => {
    if (!change) return value;
    const [path, replacement] = change;
    const changed = structuredClone(value) as Record<string, unknown>;
    let target = changed;
    for (const key of path.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[path.at(-1) as string] = replacement;
    return changed;
  });

  test('a value is a record in storage exactly when an imported file may hold it', () => {
    const outcomes = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(candidate, (value) => {
        const accepted = itemMessage({ id: sign.id, ...value }) === 'accepted';
        // Storage holds JSON text, as a file does: both read the same value back.
        expect(accepted).toBe(isRecord(JSON.parse(JSON.stringify(value))));
        outcomes[accepted ? 'accepted' : 'refused'] += 1;
      }),
      runs(1000),
    );
    // Both outcomes were drawn often enough to mean something.
    expect(Math.min(outcomes.accepted, outcomes.refused)).toBeGreaterThan(UNDER_MUTATION ? 20 : 100);
  });
});
