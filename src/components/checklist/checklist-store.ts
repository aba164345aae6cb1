import { type ItemRecord, isObject, toRecord } from './record';

/**
 * The localStorage keys of one party's checklist for the matrix `matrix` (the source URL of its
 * primary edition, whichever edition the page is): one per item, ending with the activity id, and
 * one for the page's settings. Not keyed by the matrix's date, so that a new release of the matrix
 * finds the reader's work; not by the page's language, so that every edition shares it.
 */
export function storageKeys(matrix: string, partyId: string) {
  const settings = `raci-checklist:v1:${encodeURIComponent(matrix)}:${partyId}`;
  return {
    settings,
    item: (id: string) => `${settings}:${id}`,
    /** The activity id of an item's key; undefined for any other key. */
    idOf: (key: string): string | undefined => (key.startsWith(`${settings}:`) ? key.slice(settings.length + 1) : undefined),
  };
}

/** The page's own settings, stored beside the items. */
export interface Settings {
  /** Also list the activities in which the party is only Consulted or Informed. */
  includeOthers: boolean;
  /** When the checklist was last exported as JSON, in ms since 1970 (0: never). */
  exportedAt: number;
}

export function toSettings(value: unknown): Settings {
  const settings = isObject(value) ? value : {};
  return {
    includeOthers: settings['includeOthers'] === true,
    exportedAt: typeof settings['exportedAt'] === 'number' ? settings['exportedAt'] : 0,
  };
}

/**
 * The checklist's records in localStorage. When the browser refuses storage (private browsing,
 * storage turned off, quota full), `available` turns false and every call does nothing: the page
 * keeps its state in memory for the session.
 */
export class ChecklistStore {
  readonly keys: ReturnType<typeof storageKeys>;
  #storage: Storage | undefined;

  /** `storage` is read once, here: a browser that refuses storage throws (or its first write does). */
  constructor(matrix: string, partyId: string, storage: () => Storage = () => window.localStorage) {
    this.keys = storageKeys(matrix, partyId);
    try {
      const local = storage();
      const probe = `${this.keys.settings}:?`;
      local.setItem(probe, '');
      local.removeItem(probe);
      this.#storage = local;
    } catch {
      this.#storage = undefined;
    }
  }

  get available(): boolean {
    return this.#storage !== undefined;
  }

  /** Every saved record, by activity id; entries that are not records are left alone. */
  readAll(): Map<string, ItemRecord> {
    const records = new Map<string, ItemRecord>();
    const storage = this.#storage;
    if (!storage) return records;
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      const id = key === null ? undefined : this.keys.idOf(key);
      const record = id === undefined ? undefined : this.read(id);
      if (id !== undefined && record) records.set(id, record);
    }
    return records;
  }

  read(id: string): ItemRecord | undefined {
    return toRecord(parse(this.#get(this.keys.item(id))));
  }

  write(id: string, record: ItemRecord): void {
    this.#set(this.keys.item(id), JSON.stringify(record));
  }

  remove(id: string): void {
    try {
      this.#storage?.removeItem(this.keys.item(id));
    } catch {
      this.#storage = undefined;
    }
  }

  readSettings(): Settings {
    return toSettings(parse(this.#get(this.keys.settings)));
  }

  writeSettings(settings: Settings): void {
    this.#set(this.keys.settings, JSON.stringify(settings));
  }

  #get(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      this.#storage = undefined;
      return null;
    }
  }

  #set(key: string, value: string): void {
    try {
      this.#storage?.setItem(key, value);
    } catch {
      // Full, or revoked meanwhile: carry on in memory.
      this.#storage = undefined;
    }
  }
}

/** JSON text → value; anything unreadable is undefined. */
export function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
