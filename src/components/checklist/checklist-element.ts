import type { ChecklistConfig } from './checklist-config';
import { download, type FieldControl, markValidity, readItem, renderPreview, renderView, setText } from './checklist-dom';
import { type ChecklistIdentity, checklistFile, checklistFileName, sizeProblem } from './checklist-file';
import { checklistSheets } from './checklist-sheet';
import { ChecklistStore, parse, type Settings } from './checklist-store';
import { FIELDS, isField } from './fields';
import { pageOrder, reconcile } from './migration';
import { confirmReview, editRecord, type ItemRecord, mergeRecords, toRecord } from './record';
import { fill } from './strings';
import { checklistView, type Filter, importPreview, listedEntries, type PageEntry, printedDate } from './view';

/** The file reader and its schema load when the reader first goes to import a file. */
const loadReader = () => import('./checklist-file-reader');

/**
 * The party's checklist: status, owner, due date, note and evidence per activity, kept in this
 * browser's localStorage (or in memory when it is refused), in step with other tabs, exported and
 * imported as files. It wires events to pure functions: what to show comes from view.ts.
 */
class RaciChecklist extends HTMLElement {
  #config!: ChecklistConfig;
  #store!: ChecklistStore;
  /** The page's activities with their place in the matrix, in page order. */
  #entries = new Map<string, PageEntry>();
  #items = new Map<string, HTMLElement>();
  #records = new Map<string, ItemRecord>();
  #settings: Settings = { includeOthers: false, exportedAt: 0 };
  #filter: Filter = 'all';
  #pendingImport: Map<string, ItemRecord> | undefined;

  connectedCallback() {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as ChecklistConfig;
    const template = this.querySelector<HTMLTemplateElement>('template[data-item-template]');
    for (const item of this.querySelectorAll<HTMLElement>('li[data-item]')) {
      const entry = readItem(item, template, this.#config);
      this.#entries.set(entry.activity.id, entry);
      this.#items.set(entry.activity.id, item);
    }
    this.#store = new ChecklistStore(this.#config.sourceUrl, this.#config.party.id);
    this.#settings = this.#store.readSettings();
    this.#load(this.#store.readAll());
    this.addEventListener('input', (event) => this.#onInput(event.target as FieldControl));
    this.addEventListener('change', (event) => this.#onChange(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => this.#onClick(event.target as HTMLElement));
    this.addEventListener('focusin', (event) => this.#prefetch(event.target as HTMLElement));
    this.addEventListener('pointerover', (event) => this.#prefetch(event.target as HTMLElement));
    window.addEventListener('storage', (event) => this.#onStorage(event));
    window.addEventListener('beforeprint', () => this.#render());
    this.#render();
  }

  get #identity(): ChecklistIdentity {
    const { title, sourceUrl, lastUpdated, party } = this.#config;
    return { matrix: { title, sourceUrl, lastUpdated }, party };
  }

  /** Takes saved records, moving those of renamed activities to their new id (in storage too). */
  #load(saved: Map<string, ItemRecord>) {
    const { records, moved } = reconcile(saved, new Set(this.#entries.keys()), this.#config.aliases);
    for (const { from, to } of moved) {
      this.#store.write(to, records.get(to) as ItemRecord);
      this.#store.remove(from);
    }
    this.#records = records;
  }

  #put(id: string, record: ItemRecord) {
    this.#records.set(id, record);
    this.#store.write(id, record);
  }

  #onInput(control: FieldControl) {
    const id = control.closest<HTMLElement>('[data-item]')?.dataset['item'];
    const activity = id === undefined ? undefined : this.#entries.get(id)?.activity;
    if (!id || !activity || !isField(control.name) || !FIELDS[control.name].valid(control.value)) return;
    if (FIELDS[control.name].flagged) markValidity(control, true);
    const mine = editRecord(this.#records.get(id), activity, this.#config.lastUpdated, control.name, control.value, Date.now());
    // Another tab may have written other fields meanwhile: keep the later write of each.
    const stored = this.#store.read(id);
    this.#put(id, stored ? mergeRecords(stored, mine) : mine);
    this.#render();
  }

  #onChange(target: HTMLInputElement) {
    if (isField(target.name) && FIELDS[target.name].flagged) markValidity(target, FIELDS[target.name].valid(target.value));
    else if (target.matches('[data-include-others]')) this.#saveSettings({ includeOthers: target.checked });
    else if (target.matches('[data-filter]')) {
      this.#filter = target.value as Filter;
      this.#render();
    } else if (target.matches('[data-import]') && target.files?.[0]) void this.#preview(target.files[0]);
  }

  #onClick(target: HTMLElement) {
    const button = target.closest('button');
    if (!button) return;
    const { dataset } = button;
    const id = button.closest<HTMLElement>('[data-item]')?.dataset['item'];
    if (dataset['export']) void this.#export(dataset['export']);
    else if ('print' in dataset) window.print();
    else if ('importConfirm' in dataset) this.#confirmImport();
    else if ('importCancel' in dataset) this.#closePreview(this.#config.strings.messages.importCancelled);
    else if ('confirm' in dataset && id) this.#confirm(id);
    else if (dataset['remove']) this.#remove(dataset['remove']);
  }

  #prefetch(target: HTMLElement) {
    if (target.closest('.import-field')) loadReader().catch(() => undefined);
  }

  #confirm(id: string) {
    const record = this.#records.get(id);
    const activity = this.#entries.get(id)?.activity;
    if (!record || !activity) return;
    this.#put(id, confirmReview(record, activity, this.#config.lastUpdated, Date.now()));
    this.#render();
    this.#items.get(id)?.querySelector<HTMLElement>('[name="status"]')?.focus();
    this.#say(this.#text(this.#config.strings.messages.reviewed, { activity: activity.text }));
  }

  #remove(id: string) {
    const activity = this.#records.get(id)?.seen.activity ?? id;
    this.#records.delete(id);
    this.#store.remove(id);
    this.#render();
    // Focus stays in the list while it has items, otherwise goes back to the summary.
    const orphans = this.querySelector<HTMLElement>('[data-orphans]');
    this.querySelector<HTMLElement>(orphans?.hidden ? '#checklist-progress' : '#checklist-orphans')?.focus();
    this.#say(this.#text(this.#config.strings.messages.removed, { activity }));
  }

  /** Another tab wrote: storage holds the merged truth, so take it as it is. */
  #onStorage(event: StorageEvent) {
    if (!this.#store.available) return;
    const { key, newValue } = event;
    const id = key === null ? undefined : this.#store.keys.idOf(key);
    const record = toRecord(parse(newValue));
    if (key === null) this.#load(this.#store.readAll());
    else if (key === this.#store.keys.settings) this.#settings = this.#store.readSettings();
    else if (id === undefined) return;
    else if (record) this.#records.set(id, record);
    else this.#records.delete(id);
    this.#render();
  }

  #saveSettings(change: Partial<Settings>) {
    this.#settings = { ...this.#settings, ...change };
    this.#store.writeSettings(this.#settings);
    this.#render();
  }

  #text(template: string, values: Record<string, string | number>): string {
    return fill(template, values, this.#config.lang);
  }

  #say(message: string, error = '') {
    setText(this, '[data-message]', message);
    setText(this, '[data-error]', error);
  }

  async #export(format: string) {
    const now = new Date();
    const { strings } = this.#config;
    const name = checklistFileName(this.#identity, now, format, this.#config);
    if (format === 'json') {
      // JSON, the reader's backup, needs nothing more from the network: it works offline.
      const file = checklistFile(this.#identity, pageOrder(this.#records, [...this.#entries.keys()]), now);
      download(`${JSON.stringify(file, null, 2)}\n`, name, 'application/json');
      this.#settings = { ...this.#settings, exportedAt: now.getTime() };
      this.#store.writeSettings(this.#settings);
    } else {
      const { parties, party, roles, title, sourceUrl, lastUpdated } = this.#config;
      const sheets = checklistSheets(
        listedEntries(this.#state),
        { roles, title, sourceUrl, lastUpdated },
        parties,
        party,
        now.toISOString(),
        this.#config,
      );
      this.#say(this.#text(strings.messages.preparing, { file: name }));
      try {
        if (format === 'csv') {
          const { sheetCsv } = await import('../../site/csv');
          const [sheet] = sheets;
          if (sheet)
            download(
              sheetCsv(
                sheet.columns.map((column) => column.header),
                sheet.rows,
              ),
              name,
              'text/csv;charset=utf-8',
            );
        } else {
          const { workbookBytes, XLSX_MEDIA_TYPE } = await import('../../site/xlsx');
          const workbook = { title: this.#text(strings.workbookTitle, { party: party.name, title }), created: now };
          download(await workbookBytes(sheets, workbook), name, XLSX_MEDIA_TYPE);
        }
      } catch {
        // The spreadsheet writers load on first use: that needs the network.
        return this.#say('', this.#text(strings.messages.writerFailed, { format: format.toUpperCase() }));
      }
    }
    this.#say(this.#text(strings.messages.exported, { file: name }));
    this.#render();
  }

  async #preview(file: File) {
    this.#closePreview();
    const tooLarge = sizeProblem(file.size, this.#config);
    if (tooLarge) return this.#say('', tooLarge);
    const reader = await loadReader().catch(() => undefined);
    if (!reader) return this.#say('', this.#config.strings.messages.readerFailed);
    const reading = reader.readChecklistFile(await file.text(), this.#identity, this.#config);
    if (!reading.ok) return this.#say('', reading.message);
    const preview = importPreview(
      file.name,
      reader.importChanges(pageOrder(this.#records, [...this.#entries.keys()]), reading.records),
      this.#config,
    );
    if (preview.same) return this.#say(preview.message);
    renderPreview(this, preview);
    this.#pendingImport = reading.records;
    this.querySelector<HTMLElement>('#checklist-import-heading')?.focus();
  }

  #closePreview(message?: string) {
    renderPreview(this, undefined);
    this.#pendingImport = undefined;
    const input = this.querySelector<HTMLInputElement>('[data-import]');
    if (input) input.value = '';
    if (message) {
      this.#say(message);
      input?.focus();
    }
  }

  #confirmImport() {
    const incoming = this.#pendingImport;
    if (!incoming) return;
    for (const id of this.#records.keys()) this.#store.remove(id);
    this.#load(incoming);
    for (const [id, record] of this.#records) this.#store.write(id, record);
    // The reader holds this state in a file.
    this.#settings = { ...this.#settings, exportedAt: Date.now() };
    this.#store.writeSettings(this.#settings);
    this.#closePreview(this.#text(this.#config.strings.messages.imported, { count: incoming.size }));
    this.#render();
  }

  get #state() {
    const available = this.#store.available;
    return { entries: [...this.#entries.values()], records: this.#records, settings: this.#settings, filter: this.#filter, available };
  }

  #render() {
    const includeOthers = this.querySelector<HTMLInputElement>('[data-include-others]');
    if (includeOthers) includeOthers.checked = this.#settings.includeOthers;
    renderView(this, checklistView(this.#state, this.#config), this.#items, printedDate(new Date(), this.#config.lang));
  }
}

customElements.define('raci-checklist', RaciChecklist);
