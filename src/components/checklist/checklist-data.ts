/**
 * The reader's records and settings, kept in step with storage and with the other tabs: every
 * write is merged with what is stored, field by field; renamed activities carry their records to
 * their new ids. No DOM: the custom element calls it on the reader's actions and storage events.
 */
import { type ChecklistStore, parse, type Settings } from './checklist-store';
import type { Field } from './fields';
import { pageOrder, reconcile } from './migration';
import { type ChecklistActivity, confirmReview, editRecord, type ItemRecord, mergeRecords, toRecord } from './record';

export class ChecklistData {
  records = new Map<string, ItemRecord>();
  settings: Settings;
  readonly #store: ChecklistStore;
  /** The page's activity ids, in page order: a record under another id is no longer in the matrix. */
  readonly #ids: readonly string[];
  readonly #aliases: Record<string, string>;
  /** The matrix's date, which a record's `seen` gets. */
  readonly #matrixDate: string;

  constructor(store: ChecklistStore, ids: readonly string[], aliases: Record<string, string>, matrixDate: string) {
    this.#store = store;
    this.#ids = ids;
    this.#aliases = aliases;
    this.#matrixDate = matrixDate;
    this.settings = store.readSettings();
    this.#load(store.readAll());
  }

  /** The browser lets the page save: otherwise the state lasts while the page is open. */
  get available(): boolean {
    return this.#store.available;
  }

  /** Every record, those of the page's items first in page order, then those no longer in the matrix. */
  get inPageOrder(): Map<string, ItemRecord> {
    return pageOrder(this.records, this.#ids);
  }

  /** Takes saved records, moving those of renamed activities to their new id (in storage too). */
  #load(saved: ReadonlyMap<string, ItemRecord>) {
    const { records, moved } = reconcile(saved, new Set(this.#ids), this.#aliases);
    for (const { from, to } of moved) {
      this.#store.write(to, records.get(to) as ItemRecord);
      this.#store.remove(from);
    }
    this.records = records;
  }

  #put(id: string, record: ItemRecord) {
    this.records.set(id, record);
    this.#store.write(id, record);
  }

  /** The reader set a field of an item at `now`. */
  edit(activity: ChecklistActivity, field: Field, value: string, now: number) {
    const mine = editRecord(this.records.get(activity.id), activity, this.#matrixDate, field, value, now);
    // Another tab may have written other fields meanwhile: keep the later write of each.
    const stored = this.#store.read(activity.id);
    this.#put(activity.id, stored ? mergeRecords(stored, mine) : mine);
  }

  /** The reader confirmed they reviewed the activity's new letters; false when the item has no record. */
  confirm(activity: ChecklistActivity, now: number): boolean {
    const record = this.records.get(activity.id);
    if (record) this.#put(activity.id, confirmReview(record, activity, this.#matrixDate, now));
    return record !== undefined;
  }

  /** Forgets an item; returns its activity's text as saved. */
  remove(id: string): string {
    const text = this.records.get(id)?.seen.activity ?? id;
    this.records.delete(id);
    this.#store.remove(id);
    return text;
  }

  /** An import: `incoming` replaces every record, and the reader holds it in a file (as after an export). */
  replace(incoming: ReadonlyMap<string, ItemRecord>, now: number) {
    for (const id of this.records.keys()) this.#store.remove(id);
    this.#load(incoming);
    for (const [id, record] of this.records) this.#store.write(id, record);
    this.saveSettings({ exportedAt: now });
  }

  saveSettings(change: Partial<Settings>) {
    this.settings = { ...this.settings, ...change };
    this.#store.writeSettings(this.settings);
  }

  /**
   * Another tab wrote `key` (null: it cleared the storage). Its record is merged with this tab's,
   * field by field: browsers bring a tab's view of storage up to date asynchronously, so the other
   * tab may have merged with a stale one and dropped a field this tab wrote later. Then the merged
   * record is written back, and every tab ends with every field's last write. Returns whether the
   * key was this checklist's.
   */
  fromStorage(key: string | null, value: string | null): boolean {
    if (!this.available) return false;
    const id = key === null ? undefined : this.#store.keys.idOf(key);
    const record = toRecord(parse(value));
    if (key === null) this.#load(this.#store.readAll());
    else if (key === this.#store.keys.settings) this.settings = this.#store.readSettings();
    else if (id === undefined) return false;
    else if (record) {
      const local = this.records.get(id);
      const merged = local ? mergeRecords(local, record) : record;
      this.records.set(id, merged);
      if (JSON.stringify(merged) !== JSON.stringify(record)) this.#store.write(id, merged);
    } else this.records.delete(id);
    return true;
  }
}
