/**
 * The checklist's records kept in step with storage and other tabs (checklist-data.ts and
 * checklist-store.ts), on an in-memory Storage: what only the browser tests reached before.
 */
import { describe, expect, test } from 'vitest';
import { ChecklistData } from '../../src/components/checklist/checklist-data';
import { ChecklistStore } from '../../src/components/checklist/checklist-store';
import { record, review, sign } from './checklist-helpers';

const SOURCE = 'https://example.org/raci';
const PREFIX = 'raci-checklist:v1:https%3A%2F%2Fexample.org%2Fraci:customer';
const IDS = [sign.id, review.id, 'activity-1-2-create-administrator-accounts'];
const ALIASES = { 'activity-1-2-create-admin-accounts': 'activity-1-2-create-administrator-accounts' };

/** localStorage as a Map, shared by the "tabs" made on it; `refuse` makes every write throw. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  refuse = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const tab = (storage: Storage) => new ChecklistData(new ChecklistStore(SOURCE, 'customer', () => storage), IDS, ALIASES, '2026-06-11');
/** What storage holds, by key (this checklist's prefix written …); text that is not JSON as it is. */
const stored = (storage: MemoryStorage) =>
  Object.fromEntries(
    [...storage.items].map(([key, value]) => {
      try {
        return [key.replace(PREFIX, '…'), JSON.parse(value)];
      } catch {
        return [key.replace(PREFIX, '…'), value];
      }
    }),
  );

describe('records in storage', () => {
  test('a renamed activity carries its record to its new id, in storage too; what is not a record is left alone', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${PREFIX}:activity-1-2-create-admin-accounts`, JSON.stringify(record({ owner: 'Alice', updated: { owner: 1 } })));
    storage.setItem(`${PREFIX}:activity-9-gone`, JSON.stringify(record({ owner: 'Gone' })));
    storage.setItem(`${PREFIX}:activity-8-broken`, '{"status": "done"');
    storage.setItem('raci-checklist:v1:https%3A%2F%2Fexample.org%2Fother:customer:activity-1-1-sign', JSON.stringify(record()));
    const data = tab(storage);
    expect([...data.records.keys()]).toEqual(['activity-1-2-create-administrator-accounts', 'activity-9-gone']);
    expect(Object.keys(stored(storage))).toEqual([
      '…:activity-9-gone',
      '…:activity-8-broken',
      'raci-checklist:v1:https%3A%2F%2Fexample.org%2Fother:customer:activity-1-1-sign',
      '…:activity-1-2-create-administrator-accounts',
    ]);
    expect(stored(storage)['…:activity-1-2-create-administrator-accounts']).toMatchObject({ owner: 'Alice' });
    // Page order, then the items no longer in the matrix.
    expect([...data.inPageOrder.keys()]).toEqual(['activity-1-2-create-administrator-accounts', 'activity-9-gone']);
  });

  test('two tabs: an edit is merged with what the other tab stored meanwhile, field by field', () => {
    const storage = new MemoryStorage();
    const [one, two] = [tab(storage), tab(storage)];
    one.edit(sign, 'owner', 'Alice', 100);
    two.edit(sign, 'note', 'Written in tab two', 200);
    one.edit(sign, 'status', 'in-progress', 300);
    expect(stored(storage)).toEqual({
      [`…:${sign.id}`]: {
        ...record({ owner: 'Alice', note: 'Written in tab two', status: 'in-progress' }),
        updated: { owner: 100, seen: 300, note: 200, status: 300 },
      },
    });
    // Tab two hears of it through the storage event, and takes what is stored.
    expect(two.fromStorage(`${PREFIX}:${sign.id}`, storage.getItem(`${PREFIX}:${sign.id}`))).toBe(true);
    expect(two.records.get(sign.id)).toMatchObject({ owner: 'Alice', note: 'Written in tab two', status: 'in-progress' });
    expect(two.fromStorage(`${PREFIX}:${sign.id}`, null)).toBe(true);
    expect(two.records.has(sign.id)).toBe(false);
  });

  test('a tab that wrote from a stale view of storage: the other tab puts back the field it dropped', () => {
    const storage = new MemoryStorage();
    const [one, two] = [tab(storage), tab(storage)];
    two.edit(sign, 'note', 'Written in tab two', 200);
    // Tab one's storage had not caught up with tab two's write yet: its merge saw no note.
    const stale = new MemoryStorage();
    const oneStale = tab(stale);
    oneStale.edit(sign, 'status', 'in-progress', 300);
    const written = stale.getItem(`${PREFIX}:${sign.id}`);
    storage.setItem(`${PREFIX}:${sign.id}`, written ?? '');
    expect(JSON.parse(written ?? '{}')).toMatchObject({ note: '', status: 'in-progress' });
    // Tab two hears of tab one's write: it keeps its later note, and writes the merged record back.
    expect(two.fromStorage(`${PREFIX}:${sign.id}`, written)).toBe(true);
    const expected = { status: 'in-progress', note: 'Written in tab two', updated: { note: 200, seen: 300, status: 300 } };
    expect(two.records.get(sign.id)).toMatchObject(expected);
    expect(stored(storage)[`…:${sign.id}`]).toMatchObject(expected);
    // Tab one hears of that write and takes it; nothing more to write back: the tabs agree.
    expect(one.fromStorage(`${PREFIX}:${sign.id}`, storage.getItem(`${PREFIX}:${sign.id}`))).toBe(true);
    expect(one.records.get(sign.id)).toMatchObject(expected);
  });

  test('storage events: the settings, a cleared storage, and other keys', () => {
    const storage = new MemoryStorage();
    const [one, two] = [tab(storage), tab(storage)];
    one.saveSettings({ includeOthers: true });
    expect(two.fromStorage(PREFIX, storage.getItem(PREFIX))).toBe(true);
    expect(two.settings).toEqual({ includeOthers: true, exportedAt: 0 });
    expect(two.fromStorage('theme', 'dark')).toBe(false);
    expect(two.fromStorage(`${PREFIX.replace('customer', 'ovhcloud')}:${sign.id}`, '{}')).toBe(false);
    one.edit(review, 'owner', 'Bob', 5);
    expect(two.fromStorage(null, null)).toBe(true);
    expect([...two.records.keys()]).toEqual([review.id]);
  });

  test('a review, a removal, an import', () => {
    const storage = new MemoryStorage();
    const data = tab(storage);
    expect(data.confirm(review, 10)).toBe(false);
    data.edit(review, 'owner', 'Carol', 10);
    // `review` holds C for OVHcloud now: the record saw I.
    storage.setItem(`${PREFIX}:${review.id}`, JSON.stringify(record({ owner: 'Carol', updated: { owner: 10, seen: 1 } })));
    data.fromStorage(`${PREFIX}:${review.id}`, storage.getItem(`${PREFIX}:${review.id}`));
    expect(data.confirm(review, 20)).toBe(true);
    expect(stored(storage)[`…:${review.id}`]).toMatchObject({
      seen: { activity: 'Text of activity-1-1-review', matrixDate: '2026-06-11', letters: { customer: 'RA', ovhcloud: 'C' } },
      updated: { owner: 10, seen: 20 },
    });
    expect(data.remove(review.id)).toBe('Text of activity-1-1-review');
    expect(data.remove('activity-unknown')).toBe('activity-unknown');
    expect(stored(storage)).toEqual({});

    data.edit(sign, 'owner', 'Before the import', 30);
    data.replace(new Map([['activity-1-2-create-admin-accounts', record({ status: 'done' })]]), 40);
    expect(Object.keys(stored(storage))).toEqual(['…:activity-1-2-create-administrator-accounts', '…']);
    expect(data.settings).toEqual({ includeOthers: false, exportedAt: 40 });
    expect(stored(storage)['…']).toEqual({ includeOthers: false, exportedAt: 40 });
  });

  test('when storage is refused, the page works in memory and says so', () => {
    const storage = new MemoryStorage();
    storage.refuse = true;
    const data = tab(storage);
    expect(data.available).toBe(false);
    data.edit(sign, 'status', 'done', 1);
    expect(data.records.get(sign.id)?.status).toBe('done');
    expect(storage.items.size).toBe(0);
    expect(data.fromStorage(`${PREFIX}:${sign.id}`, null)).toBe(false);
    // A store that cannot even reach localStorage (turned off: reading it throws).
    const off = new ChecklistData(
      new ChecklistStore(SOURCE, 'customer', () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      }),
      IDS,
      ALIASES,
      '2026-06-11',
    );
    expect(off.available).toBe(false);
    // Storage that fills up later: the page carries on in memory.
    const later = new MemoryStorage();
    const full = tab(later);
    later.refuse = true;
    full.edit(sign, 'owner', 'Alice', 1);
    expect([full.available, full.records.get(sign.id)?.owner]).toEqual([false, 'Alice']);
  });
});
