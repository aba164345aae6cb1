import type { ChecklistConfig } from './checklist-config';
import { ChecklistData } from './checklist-data';
import {
  download,
  type FieldControl,
  giveFields,
  hasFields,
  markValidity,
  readItem,
  renderItem,
  renderPreview,
  renderView,
  setText,
} from './checklist-dom';
import { exportFile, identityOf } from './checklist-export';
import { sizeProblem } from './checklist-file';
import { ChecklistStore } from './checklist-store';
import { FIELDS, isField, isValidField } from './fields';
import type { ItemRecord } from './record';
import { fill, type LaterWords, useDigits, type Values, type Words } from './strings';
import {
  type ChecklistState,
  type ChecklistView,
  checklistView,
  type Filter,
  type ItemView,
  importPreview,
  listedEntries,
  type PageEntry,
  printedDate,
} from './view';

/** The file reader and its schema: not needed before the reader does anything. */
const loadReader = () => import('./checklist-file-reader');

/**
 * How many listed items get their fields in one task, the first ones first. Form controls are
 * slow to create (a phone's first date field loads the locale's date format): the whole list's
 * in one task made a long task when the page opened (Lighthouse's total blocking time).
 */
const FIELDS_PER_TASK = 4;

/**
 * The party's checklist: status, owner, due date, note and evidence per activity, kept in this
 * browser's localStorage (or in memory when it is refused), in step with other tabs, exported and
 * imported as files. It wires events to the data (checklist-data.ts) and shows what view.ts says.
 */
class RaciChecklist extends HTMLElement {
  #config!: ChecklistConfig;
  #data!: ChecklistData;
  /** The page's activities with their place in the matrix, and their list items, in page order. */
  #entries = new Map<string, PageEntry>();
  #items = new Map<string, HTMLElement>();
  /** The fields every shown item gets a copy of. */
  #template: HTMLTemplateElement | null = null;
  /** The last view written. */
  #view!: ChecklistView;
  /** The task that gives the next listed items their fields, while some wait for them. */
  #fieldsLater: ReturnType<typeof setTimeout> | undefined;
  #filter: Filter = 'all';
  #pendingImport: Map<string, ItemRecord> | undefined;
  /** The words only an import or a spreadsheet writes (strings.ts `LATER_WORDS`), once asked for. */
  #laterWords: Promise<LaterWords> | undefined;
  /** The day the sheet is printed, in words, once the reader prints. */
  #printed = '';

  connectedCallback() {
    this.#config = JSON.parse(this.querySelector('script[data-checklist-config]')?.textContent ?? '{}') as ChecklistConfig;
    const { storageIdentity, party, aliases, lastUpdated, lang, digits } = this.#config;
    useDigits(lang, digits);
    this.#template = this.querySelector<HTMLTemplateElement>('template[data-item-template]');
    for (const item of this.querySelectorAll<HTMLElement>('li[data-item]')) {
      const entry = readItem(item, this.#config);
      this.#entries.set(entry.activity.id, entry);
      this.#items.set(entry.activity.id, item);
    }
    this.#data = new ChecklistData(new ChecklistStore(storageIdentity, party.id), [...this.#entries.keys()], aliases, lastUpdated);
    this.addEventListener('input', (event) => this.#onInput(event.target as FieldControl));
    this.addEventListener('change', (event) => this.#onChange(event.target as HTMLInputElement));
    this.addEventListener('click', (event) => this.#onClick(event.target as HTMLElement));
    // Once the reader points at or focuses the checklist, an import works offline too.
    for (const type of ['focusin', 'pointerover'])
      this.addEventListener(type, () => this.#importTools().catch(() => undefined), { once: true });
    window.addEventListener('storage', (event) => this.#data.fromStorage(event.key, event.newValue) && this.#render());
    // The printed sheet says when it was printed. Dates are written when printing, not on start:
    // a page's first date formatter loads the browser's locale data (a long task on a phone).
    window.addEventListener('beforeprint', () => this.#print());
    matchMedia('print').addEventListener('change', (event) => event.matches && this.#print());
    this.#render();
  }

  #onInput(control: FieldControl) {
    const activity = this.#entries.get(control.closest<HTMLElement>('[data-item]')?.dataset['item'] ?? '')?.activity;
    if (!activity || !isField(control.name) || !isValidField(control.name, control.value)) return;
    if (FIELDS[control.name].flagged) markValidity(control, true);
    this.#data.edit(activity, control.name, control.value, Date.now());
    this.#render();
  }

  #onChange(target: HTMLInputElement) {
    const { name, value } = target;
    if (isField(name) && FIELDS[name].flagged) return markValidity(target, isValidField(name, value));
    if (target.matches('[data-import]')) return void (target.files?.[0] && this.#preview(target.files[0]));
    if (target.matches('[data-include-others]')) this.#data.saveSettings({ includeOthers: target.checked });
    else if (target.matches('[data-filter]')) this.#filter = value as Filter;
    else return;
    this.#render();
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

  #confirm(id: string) {
    const activity = this.#entries.get(id)?.activity;
    if (!activity || !this.#data.confirm(activity, Date.now())) return;
    this.#render();
    this.#items.get(id)?.querySelector<HTMLElement>('[name="status"]')?.focus();
    this.#say(this.#text(this.#config.strings.messages.reviewed, { activity: activity.text }));
  }

  #remove(id: string) {
    const activity = this.#data.remove(id);
    this.#render();
    // Focus stays in the list while it has items, otherwise goes back to the summary.
    const orphans = this.querySelector<HTMLElement>('[data-orphans]');
    this.querySelector<HTMLElement>(orphans?.hidden ? '#checklist-progress' : '#checklist-orphans')?.focus();
    this.#say(this.#text(this.#config.strings.messages.removed, { activity }));
  }

  #text(template: string, values: Values): string {
    return fill(template, values, this.#config.lang);
  }

  /** A message for the reader, or an error (which clears the message). */
  #say(message: string, error = '') {
    setText(this, '[data-message]', message);
    setText(this, '[data-error]', error);
  }

  async #export(format: string) {
    const now = new Date();
    const { messages } = this.#config.strings;
    const file = exportFile(format, this.#config, () => this.#words(), this.#data.inPageOrder, listedEntries(this.#state), now);
    if (format !== 'json') this.#say(this.#text(messages.preparing, { file: file.name }));
    const content = await file.content().catch(() => undefined);
    // The spreadsheet writers load on first use: that needs the network.
    if (!content) return this.#say('', this.#text(messages.writerFailed, { format: format.toUpperCase() }));
    download(content.data, file.name, content.type);
    if (format === 'json') this.#data.saveSettings({ exportedAt: now.getTime() });
    this.#say(this.#text(messages.exported, { file: file.name }));
    this.#render();
  }

  async #preview(file: File) {
    this.#closePreview();
    const tools = await this.#importTools().catch(() => undefined);
    if (!tools) return this.#say('', this.#config.strings.messages.readerFailed);
    const [reader, words] = tools;
    const tooLarge = sizeProblem(file.size, words);
    if (tooLarge) return this.#say('', tooLarge);
    const reading = reader.readChecklistFile(await file.text(), identityOf(this.#config), words, this.#config.editions);
    if (!reading.ok) return this.#say('', reading.message);
    const preview = importPreview(file.name, reader.importChanges(this.#data.inPageOrder, reading.records), words);
    if (preview.same) return this.#say(preview.message);
    renderPreview(this, preview);
    this.#pendingImport = reading.records;
    this.querySelector<HTMLElement>('#checklist-import-heading')?.focus();
  }

  /** What an import needs: the file reader and the words of the import, loaded once (again after a failure). */
  #importTools() {
    return Promise.all([loadReader(), this.#words()]);
  }

  /** Every word of the checklist: the page's, and those an import or a spreadsheet writes (loaded once). */
  async #words(): Promise<Words> {
    this.#laterWords ??= fetch(this.#config.laterWordsUrl).then((response) => {
      if (!response.ok) throw new Error(`${this.#config.laterWordsUrl}: HTTP ${response.status}`);
      return response.json() as Promise<LaterWords>;
    });
    // A failed load (offline) is tried again the next time.
    const later = await this.#laterWords.catch((error: unknown) => {
      this.#laterWords = undefined;
      throw error;
    });
    return { strings: { ...this.#config.strings, ...later }, lang: this.#config.lang };
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
    this.#data.replace(incoming, Date.now());
    this.#closePreview(this.#text(this.#config.strings.messages.imported, { count: incoming.size }));
    this.#render();
  }

  get #state(): ChecklistState {
    const { records, settings, available } = this.#data;
    return { entries: [...this.#entries.values()], records, settings, filter: this.#filter, available };
  }

  #render() {
    const includeOthers = this.querySelector<HTMLInputElement>('[data-include-others]');
    if (includeOthers) includeOthers.checked = this.#data.settings.includeOthers;
    this.#view = checklistView(this.#state, this.#config);
    this.#giveFields();
    renderView(this, this.#view, this.#items, this.#printed);
  }

  /**
   * Gives the next few listed items without fields theirs, and the others in later tasks, which
   * show them as the view then stands. The list is `aria-busy` until every listed item has them.
   */
  #giveFields(): [HTMLElement, ItemView][] {
    const waiting = [...this.#items].flatMap(([id, item]) => {
      const shown = this.#view.items.get(id);
      return shown && !shown.hidden && !hasFields(item) ? [[item, shown] as [HTMLElement, ItemView]] : [];
    });
    const given = waiting.slice(0, FIELDS_PER_TASK);
    for (const [item] of given) giveFields(item, this.#template, this.#config);
    const more = waiting.length > given.length;
    this.querySelector('.checklist-items')?.setAttribute('aria-busy', String(more));
    if (more)
      this.#fieldsLater ??= setTimeout(() => {
        this.#fieldsLater = undefined;
        for (const [item, shown] of this.#giveFields()) renderItem(item, shown);
      });
    return given;
  }

  #print() {
    this.#printed = printedDate(new Date(), this.#config.lang);
    this.#render();
  }
}

customElements.define('raci-checklist', RaciChecklist);
