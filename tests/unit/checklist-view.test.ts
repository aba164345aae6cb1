/**
 * What the checklist page shows for a given state (view.ts), from the field table (fields.ts) and
 * the dictionary (strings.ts): the parts that only the browser tests reached before. Expected text
 * is written out here, as the page shows it.
 */
import { describe, expect, test } from 'vitest';
import type { Settings } from '../../src/components/checklist/checklist-store';
import { FIELD_NAMES, FIELDS, FORM_ORDER, fieldCell, isValidField } from '../../src/components/checklist/fields';
import type { ItemRecord } from '../../src/components/checklist/record';
import {
  fill,
  fillParts,
  formatCount,
  LATER_WORDS,
  languageDigits,
  scriptStrings,
  splitScriptStrings,
  useDigits,
  type Words,
} from '../../src/components/checklist/strings';
import {
  type ChecklistState,
  checklistView,
  describeChange,
  type Filter,
  importPreview,
  itemView,
  legendText,
  listedEntries,
  matchesFilter,
  orphanView,
  overallText,
  type PageEntry,
  printedDate,
  type ViewContext,
} from '../../src/components/checklist/view';
import type { RoleDefinition } from '../../src/core/schema';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { activity, record, restore, review, sign } from './checklist-helpers';
import { twoParties } from './helpers';

const roles: RoleDefinition[] = [
  { letter: 'R', name: 'Responsible', definition: 'd' },
  { letter: 'A', name: 'Accountable', definition: 'd' },
  { letter: 'C', name: 'Consulted', definition: 'd' },
  { letter: 'I', name: 'Informed', definition: 'd' },
];
const strings = scriptStrings(en.checklist, en.exports.sheet);
const context: ViewContext & Words = { strings, lang: 'en', parties: twoParties, roles };

const entry = (item = sign, section = '1.1. Contract'): PageEntry => ({
  activity: item,
  phase: `${item.phase}. Phase ${item.phase}`,
  section,
  url: `https://raci.example.org/#${item.id}`,
});
const plan = activity('activity-1-2-plan', { customer: 'A', ovhcloud: 'R' });
const entries = [entry(sign), entry(review), entry(plan, '1.2. Plan'), entry(restore, '2.2. Restore')];
const settings = (changes: Partial<Settings> = {}): Settings => ({ includeOthers: false, exportedAt: 0, ...changes });
const state = (records: ReadonlyMap<string, ItemRecord>, changes: Partial<ChecklistState> = {}): ChecklistState => ({
  entries,
  records,
  settings: settings(),
  filter: 'all',
  available: true,
  ...changes,
});

describe('the dictionary and its templates', () => {
  test('a template is filled by name; counts in the page language, without grouping; a name without value stays', () => {
    expect(fill('Showing {shown} of {listed} items.', { shown: 2, listed: 1234 }, 'en')).toBe('Showing 2 of 1234 items.');
    expect(fill('{party} was {before}', { party: 'OVHcloud' }, 'en')).toBe('OVHcloud was {before}');
    // A value is never read as a template.
    expect(fill('Marked “{activity}”', { activity: 'Set {owner}' }, 'en')).toBe('Marked “Set {owner}”');
    expect(formatCount(1234, 'en')).toBe('1234');
    expect(formatCount(12, 'ar-EG')).toBe('١٢');
  });

  test('the words an import or a spreadsheet writes are apart from those the page writes as it runs, and nothing is lost', () => {
    const { page, later } = splitScriptStrings(strings);
    expect(Object.keys(later).sort()).toEqual(
      ['file', 'legendChecklist', 'legendChecklistText', 'legendExported', 'preview', 'sheet', 'sheetName', 'workbookTitle'].sort(),
    );
    expect(Object.keys(page).filter((key) => (LATER_WORDS as readonly string[]).includes(key))).toEqual([]);
    expect({ ...page, ...later }).toEqual(strings);
    // The page's own: its status names and its messages, among them the one shown when the others cannot load.
    expect(page.statuses.done).toBe('Done');
    expect(page.messages.readerFailed).toMatch(/^The file reader could not be loaded/);
  });

  test("a language's digits, 0 to 9, as the build gives them to the page; counts are written with the page's", () => {
    expect(languageDigits('en')).toBe('0123456789');
    expect(languageDigits('fr')).toBe('0123456789');
    expect(languageDigits('ar-EG')).toBe('٠١٢٣٤٥٦٧٨٩');
    // A made-up language, so that only the page's digits can write its counts.
    useDigits('x-ten-letters', 'abcdefghij');
    expect(formatCount(1907, 'x-ten-letters')).toBe('bjah');
    expect(fill('{done} of {of}', { done: 3, of: 40 }, 'x-ten-letters')).toBe('d of ea');
  });

  test('a template is cut at its names, for the markup to put elements there', () => {
    expect(fillParts('{title}. Matrix last updated {date}.', {}, 'en')).toEqual([
      { name: 'title' },
      '. Matrix last updated ',
      { name: 'date' },
      '.',
    ]);
    // Text runs are joined: the markup writes them one after another anyway.
    expect(fillParts('{title}. Printed {printed}.', { title: 'RACI' }, 'en')).toEqual(['RACI. Printed ', { name: 'printed' }, '.']);
  });

  test('the script gets every word but the page’s own', () => {
    expect(Object.keys(strings)).not.toContain('page');
    expect(strings.statuses).toEqual({ todo: 'To do', 'in-progress': 'In progress', done: 'Done', 'not-applicable': 'Not applicable' });
  });
});

describe('the field table', () => {
  test('every field once in the form, the note last; the record and the columns in their own order', () => {
    expect([...FORM_ORDER].sort()).toEqual([...FIELD_NAMES].sort());
    expect(FORM_ORDER).toEqual(['status', 'owner', 'due', 'evidence', 'note']);
    expect(FIELD_NAMES).toEqual(['status', 'owner', 'due', 'note', 'evidence']);
    expect(FIELD_NAMES.filter((field) => FIELDS[field].flagged)).toEqual(['evidence']);
    // A flagged field has a message for the form.
    for (const field of FIELD_NAMES) expect(en.checklist.page.fields[field].invalid !== undefined, field).toBe(FIELDS[field].flagged);
  });

  test('what each field accepts', () => {
    const cases: [(typeof FIELD_NAMES)[number], string, boolean][] = [
      ['status', 'done', true],
      ['status', 'not-applicable', true],
      ['status', '', false],
      ['status', 'Done', false],
      ['owner', '', true],
      ['owner', '=1+1 <b>', true],
      ['due', '', true],
      ['due', '2026-12-31', true],
      ['due', '31/12/2026', false],
      ['due', '2026-12-31T00:00', false],
      ['note', 'anything', true],
      ['evidence', '', true],
      ['evidence', 'https://evidence.example.org/1', true],
      ['evidence', 'javascript:alert(1)', false],
      ['evidence', 'evidence.example.org', false],
    ];
    for (const [field, value, valid] of cases) expect(isValidField(field, value), `${field} ${value}`).toBe(valid);
  });

  test('a value as a cell: the status by its name, a link as a link, text as it is', () => {
    expect(fieldCell('status', 'in-progress', strings.statuses)).toBe('In progress');
    expect(fieldCell('evidence', 'https://e.example.org', strings.statuses)).toEqual({
      text: 'https://e.example.org',
      url: 'https://e.example.org',
    });
    expect(fieldCell('evidence', '', strings.statuses)).toBe('');
    expect(fieldCell('owner', '=1+1', strings.statuses)).toBe('=1+1');
  });
});

describe('an item', () => {
  test('untouched: "To do", empty fields, no flag, listed when the party is R or A', () => {
    expect(itemView(entry(sign), undefined, state(new Map()), context)).toEqual({
      status: 'todo',
      values: { status: 'todo', owner: '', due: '', note: '', evidence: '' },
      changed: false,
      changes: '.',
      hidden: false,
    });
    expect(itemView(entry(restore), undefined, state(new Map()), context).hidden).toBe(true);
    expect(itemView(entry(restore), undefined, state(new Map(), { settings: settings({ includeOthers: true }) }), context).hidden).toBe(
      false,
    );
    // Once it has saved state, a C or I item is listed anyway.
    expect(itemView(entry(restore), record(), state(new Map()), context).hidden).toBe(false);
  });

  test('its fields show its record; changed letters are flagged in words', () => {
    const saved = record({ status: 'done', owner: 'Carol', evidence: 'https://e.example.org/1' });
    // `review` is now C for OVHcloud; the record saw I.
    expect(itemView(entry(review), saved, state(new Map()), context)).toEqual({
      status: 'done',
      values: { status: 'done', owner: 'Carol', due: '', note: '', evidence: 'https://e.example.org/1' },
      changed: true,
      changes: 'OVHcloud was I (Informed), now C (Consulted).',
      hidden: false,
    });
    const two = record({ seen: { ...record().seen, letters: { customer: '', ovhcloud: 'RA' } } });
    expect(itemView(entry(review), two, state(new Map()), context).changes).toBe(
      'Customer was no role, now RA (Responsible, Accountable); OVHcloud was RA (Responsible, Accountable), now C (Consulted).',
    );
  });

  test('the filter: all, one status, or the items whose letters changed', () => {
    const cases: [Filter, Parameters<typeof matchesFilter>[1], boolean, boolean][] = [
      ['all', 'todo', false, true],
      ['all', 'done', true, true],
      ['done', 'done', false, true],
      ['done', 'todo', false, false],
      ['not-applicable', 'not-applicable', true, true],
      ['in-progress', 'done', true, false],
      ['changed', 'todo', true, true],
      ['changed', 'done', false, false],
    ];
    for (const [filter, status, changed, shown] of cases)
      expect(matchesFilter(filter, status, changed), `${filter} ${status} ${changed}`).toBe(shown);
    const view = (filter: Filter) =>
      itemView(entry(review), record({ status: 'in-progress' }), state(new Map(), { filter }), context).hidden;
    expect([view('all'), view('in-progress'), view('todo'), view('changed')]).toEqual([false, false, true, false]);
  });

  test('its fieldset is named for screen readers; a letter change is told with the legend’s names', () => {
    expect(legendText('Sign the contract', context)).toBe('Tracking of “Sign the contract”');
    expect(describeChange({ party: 'ovhcloud', before: 'I', after: 'C' }, context)).toBe('OVHcloud was I (Informed), now C (Consulted)');
    expect(describeChange({ party: 'integrator', before: 'RA', after: '' }, context)).toBe(
      'integrator was RA (Responsible, Accountable), now no role',
    );
  });
});

describe('the page', () => {
  const records = new Map([
    [sign.id, record({ status: 'done', owner: 'Alice', updated: { status: 10, owner: 20, seen: 20 } })],
    [review.id, record({ status: 'not-applicable', note: 'n/a', updated: { status: 30 } })],
    [
      'activity-2-1-print-monthly-reports',
      record({
        status: 'in-progress',
        owner: 'Bob',
        note: 'Monthly',
        seen: { activity: 'Print monthly reports', matrixDate: '2026-01-15', letters: { customer: 'I', ovhcloud: 'RA' } },
        updated: { status: 5 },
      }),
    ],
  ]);

  test('the summary sentence: done out of the items that apply, then each status', () => {
    expect(overallText({ todo: 40, 'in-progress': 1, done: 2, 'not-applicable': 1, total: 44 }, context)).toBe(
      '2 of 43 items done (1 not applicable): 40 to do, 1 in progress.',
    );
    expect(overallText({ todo: 0, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 0 }, context)).toBe(
      '0 of 0 items done (0 not applicable): 0 to do, 0 in progress.',
    );
  });

  test('the counts, the rows per phase, the filter status, the orphans and the export reminder', () => {
    const view = checklistView(state(records, { filter: 'done' }), context);
    expect(view.overall).toEqual({ text: '1 of 2 items done (1 not applicable): 1 to do, 0 in progress.', progress: { done: 1, of: 2 } });
    // Restore (phase 2) is C or I and untouched: not listed, so phase 2 has no row.
    expect([...view.phases]).toEqual([
      [1, { counts: { todo: '1', 'in-progress': '0', done: '1', 'not-applicable': '1' }, progress: { done: 1, of: 2 }, text: '1 of 2' }],
    ]);
    expect(view.filterStatus).toBe('Showing 1 of 3 items.');
    expect([...view.items].filter(([, item]) => !item.hidden).map(([id]) => id)).toEqual([sign.id]);
    expect(view.orphans.map((orphan) => orphan.activity)).toEqual(['Print monthly reports']);
    expect(view.exportReminder).toBe(true);
    expect([view.storageNote, view.storageProblem]).toEqual([true, false]);
    expect(checklistView(state(records, { settings: settings({ exportedAt: 30 }) }), context).exportReminder).toBe(false);
    expect(checklistView(state(records, { settings: settings({ exportedAt: 29 }) }), context).exportReminder).toBe(true);
    const refused = checklistView(state(new Map(), { available: false }), context);
    expect([refused.storageNote, refused.storageProblem, refused.exportReminder]).toEqual([false, true, false]);
    expect(refused.orphans).toEqual([]);
  });

  test('the printed sheet lists every listed item, whatever the filter, with its section', () => {
    const view = checklistView(state(records, { filter: 'done' }), context);
    expect(view.sheet).toEqual([
      { activity: '1.1. Contract: Text of activity-1-1-sign', cells: ['Done', 'Alice', '', '', ''] },
      { activity: '1.1. Contract: Text of activity-1-1-review', cells: ['Not applicable', '', '', 'n/a', ''] },
      { activity: '1.2. Plan: Text of activity-1-2-plan', cells: ['To do', '', '', '', ''] },
    ]);
    expect(listedEntries(state(records, { settings: settings({ includeOthers: true }) })).map((listed) => listed.activity.id)).toEqual([
      sign.id,
      review.id,
      plan.id,
      restore.id,
    ]);
    expect(printedDate(new Date('2026-06-11T12:00:00Z'), 'en')).toBe('June 11, 2026');
  });

  test('an item no longer in the matrix: what was saved, against which matrix, and how to remove it', () => {
    const orphan = records.get('activity-2-1-print-monthly-reports') ?? record();
    expect(orphanView('activity-2-1-print-monthly-reports', orphan, context)).toEqual({
      id: 'activity-2-1-print-monthly-reports',
      activity: 'Print monthly reports',
      saved: 'Saved against the matrix of 2026-01-15 (Customer I, OVHcloud RA).',
      details: 'Status: In progress · Owner: Bob · Note: Monthly',
      remove: 'Remove',
      removeLabel: 'Remove “Print monthly reports”',
    });
    const full = record({ due: '2026-12-31', evidence: 'https://e.example.org/1', seen: { ...orphan.seen, letters: { ovhcloud: 'RA' } } });
    expect(orphanView('activity-x', full, context)).toMatchObject({
      saved: `Saved against the matrix of 2026-01-15 (Customer no role, OVHcloud RA).`,
      details: 'Status: To do · Due date: 2026-12-31 · Evidence: https://e.example.org/1',
    });
  });
});

describe('in French', () => {
  const frenchRoles: RoleDefinition[] = [
    { letter: 'R', name: 'Responsable', definition: 'd' },
    { letter: 'A', name: 'Approbateur', definition: 'd' },
    { letter: 'C', name: 'Consulté', definition: 'd' },
    { letter: 'I', name: 'Informé', definition: 'd' },
  ];
  const french: ViewContext & Words = {
    strings: scriptStrings(fr.checklist, fr.exports.sheet),
    lang: 'fr',
    parties: [
      { id: 'customer', name: 'Client' },
      { id: 'ovhcloud', name: 'OVHcloud' },
    ],
    roles: frenchRoles,
  };

  test('the summary and the filter status, with French punctuation', () => {
    expect(overallText({ todo: 40, 'in-progress': 1, done: 2, 'not-applicable': 1, total: 44 }, french)).toBe(
      '2 sur 43 éléments faits (1 sans objet)\u00a0: 40 à faire, 1 en cours.',
    );
    expect(checklistView(state(new Map()), french).filterStatus).toBe('Éléments affichés\u00a0: 3 sur 3.');
  });

  test('an item no longer in the matrix names its matrix’s date in words', () => {
    const orphan = record({
      status: 'in-progress',
      owner: 'Bob',
      seen: { activity: 'Imprimer les rapports', matrixDate: '2024-01-22', letters: { customer: 'I', ovhcloud: '' } },
    });
    expect(orphanView('activity-x', orphan, french)).toEqual({
      id: 'activity-x',
      activity: 'Imprimer les rapports',
      saved: 'Enregistré pour la matrice du 22 janvier 2024 (Client I, OVHcloud aucun rôle).',
      details: 'Statut\u00a0: En cours · Pilote\u00a0: Bob',
      remove: 'Retirer',
      removeLabel: 'Retirer «\u202fImprimer les rapports\u202f»',
    });
  });

  test('a change of letters, in the matrix’s French role names', () => {
    expect(describeChange({ party: 'ovhcloud', before: 'I', after: 'RA' }, french)).toBe(
      'OVHcloud était I (Informé), désormais RA (Responsable, Approbateur)',
    );
  });

  test('the import preview', () => {
    const preview = importPreview(
      'client.json',
      [
        { id: sign.id, activity: 'Signer', kind: 'changed', fields: [{ field: 'status', before: 'todo', after: 'done' }] },
        { id: 'activity-9', activity: 'Parti', kind: 'removed', fields: [] },
      ],
      french,
    );
    expect(preview).toEqual({
      same: false,
      summary:
        'client.json — ajouts\u00a0: 0, modifications\u00a0: 1, effacements (éléments enregistrés ici mais absents du fichier)\u00a0: 1. L’import remplace votre liste de contrôle par celle du fichier.',
      lines: [
        { activity: 'Signer', parts: [{ name: 'activity' }, '\u00a0: modification — Statut\u00a0: À faire → Fait'] },
        { activity: 'Parti', parts: [{ name: 'activity' }, '\u00a0: effacement'] },
      ],
    });
  });
});

describe('the import preview', () => {
  test('a file that holds the same checklist: nothing to import', () => {
    expect(importPreview('same.json', [], context)).toEqual({
      same: true,
      message: 'same.json holds the same checklist as this page: nothing to import.',
    });
  });

  test('the counts, then one line per item, the activity in bold and each field before and after', () => {
    const preview = importPreview(
      'customer.json',
      [
        {
          id: sign.id,
          activity: 'Sign',
          kind: 'changed',
          fields: [
            { field: 'status', before: 'todo', after: 'done' },
            { field: 'owner', before: '', after: 'Alice Martin' },
            { field: 'note', before: 'old', after: '' },
          ],
        },
        { id: 'activity-new', activity: 'New', kind: 'added', fields: [{ field: 'due', before: '', after: '2026-12-01' }] },
        { id: 'activity-9', activity: 'Gone', kind: 'removed', fields: [] },
        { id: 'activity-8', activity: 'Gone too', kind: 'removed', fields: [] },
      ],
      context,
    );
    expect(preview).toEqual({
      same: false,
      summary:
        "customer.json: 1 items added, 1 changed, 2 cleared (saved here but not in the file). Importing replaces your checklist with the file's.",
      lines: [
        {
          activity: 'Sign',
          parts: [{ name: 'activity' }, ' changed: Status: To do → Done; Owner: (empty) → "Alice Martin"; Note: "old" → (empty)'],
        },
        { activity: 'New', parts: [{ name: 'activity' }, ' added: Due date: (empty) → "2026-12-01"'] },
        { activity: 'Gone', parts: [{ name: 'activity' }, ' cleared'] },
        { activity: 'Gone too', parts: [{ name: 'activity' }, ' cleared'] },
      ],
    });
  });
});
