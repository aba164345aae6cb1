import { isRoleLetter } from '../../core/letters';
import { roleLabel } from '../../shared/labels';
import type { ChecklistConfig } from './checklist-config';
import { type ChecklistIdentity, checklistFile, checklistFileName, importChanges, readChecklistFile, sizeProblem } from './checklist-file';
import { type ChecklistEntry, checklistSheets, evidenceCells } from './checklist-sheet';
import { ChecklistStore, parse } from './checklist-store';
import {
  type ChecklistActivity,
  confirmReview,
  editRecord,
  FIELDS,
  type Field,
  type ItemRecord,
  isListed,
  isValidField,
  type LetterChange,
  lastChange,
  letterChanges,
  mergeRecords,
  orphanIds,
  progress,
  reconcile,
  type Settings,
  type Status,
  summarize,
  toRecord,
} from './state';

type Filter = 'all' | Status | 'changed';
type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

/** Offers `data` as a file to save, without any request. */
function download(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  if (className) created.className = className;
  return created;
}

/**
 * The party's checklist: status, owner, due date, note and evidence per activity, kept in this
 * browser's localStorage (or in memory when it is refused), in step with other tabs, exported and
 * imported as files. The activities come from the page's markup; the logic from ./state.ts.
 */
class RaciChecklist extends HTMLElement {
  #config!: ChecklistConfig;
  #store!: ChecklistStore;
  /** The page's activities with their place in the matrix, in page order. */
  #entries = new Map<string, Omit<ChecklistEntry, 'record'>>();
  #items = new Map<string, HTMLElement>();
  #records = new Map<string, ItemRecord>();
  #settings: Settings = { includeOthers: false, exportedAt: 0 };
  #filter: Filter = 'all';
  #pendingImport: Map<string, ItemRecord> | undefined;

  connectedCallback() {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as ChecklistConfig;
    const template = this.querySelector<HTMLTemplateElement>('template[data-item-template]');
    for (const item of this.querySelectorAll<HTMLElement>('li[data-item]')) this.#readItem(item, template);
    this.#store = new ChecklistStore(this.#config.sourceUrl, this.#config.party.id);
    this.#settings = this.#store.readSettings();
    this.#load(this.#store.readAll());
    const includeOthers = this.#get<HTMLInputElement>('[data-include-others]');
    if (includeOthers) includeOthers.checked = this.#settings.includeOthers;

    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    window.addEventListener('storage', (event) => this.#onStorage(event));
    window.addEventListener('beforeprint', () => this.#renderSheet());
    this.#render();
  }

  /** Ids of the page's activities: a saved record under another id is no longer in the matrix. */
  get #known(): Set<string> {
    return new Set(this.#entries.keys());
  }

  get #identity(): ChecklistIdentity {
    const { title, sourceUrl, lastUpdated, party } = this.#config;
    return { matrix: { title, sourceUrl, lastUpdated }, party };
  }

  #get<T extends HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  /** Reads an activity from its list item and gives the item its fields. */
  #readItem(item: HTMLElement, template: HTMLTemplateElement | null) {
    const id = item.dataset['item'] ?? '';
    const title = item.querySelector('.item-title');
    const phase = item.closest<HTMLElement>('[data-phase]');
    const activity: ChecklistActivity = {
      id,
      text: title?.textContent?.trim() ?? id,
      letters: Object.fromEntries(this.#config.parties.map((party) => [party.id, item.getAttribute(`data-roles-${party.id}`) ?? ''])),
      phase: Number(phase?.dataset['phase']),
      tracked: !item.hasAttribute('data-optional'),
    };
    this.#items.set(id, item);
    this.#entries.set(id, {
      activity,
      phase: phase?.querySelector('h2')?.textContent?.trim() ?? '',
      section: item.closest<HTMLElement>('[data-group]')?.dataset['section'] ?? '',
      url: `${this.#config.matrixUrl}#${id}`,
    });
    if (!template) return;
    item.append(template.content.cloneNode(true));
    const legend = item.querySelector('[data-legend]');
    if (legend) legend.textContent = `Tracking of “${activity.text}”`;
    const error = item.querySelector<HTMLElement>('[data-evidence-error]');
    if (error) error.id = `checklist-${id}-evidence-error`;
    item.querySelector('[name="evidence"]')?.setAttribute('aria-describedby', `checklist-${id}-evidence-error`);
  }

  /** Takes saved records, moving those of renamed activities to their new id (in storage too). */
  #load(saved: Map<string, ItemRecord>) {
    const { records, moved } = reconcile(saved, this.#known, this.#config.aliases);
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

  #onInput(event: Event) {
    const control = event.target as FieldControl;
    const id = control.closest<HTMLElement>('[data-item]')?.dataset['item'];
    const activity = id === undefined ? undefined : this.#entries.get(id)?.activity;
    if (!id || !activity || !isField(control.name)) return;
    const field = control.name;
    if (!isValidField(field, control.value)) return;
    if (field === 'evidence') this.#markEvidence(control, true);
    const mine = editRecord(this.#records.get(id), activity, this.#config.lastUpdated, field, control.value, Date.now());
    // Another tab may have written other fields meanwhile: keep the later write of each.
    const stored = this.#store.read(id);
    this.#put(id, stored ? mergeRecords(stored, mine) : mine);
    this.#render();
  }

  #markEvidence(control: FieldControl, valid: boolean) {
    control.setAttribute('aria-invalid', String(!valid));
    const error = control.closest('[data-item]')?.querySelector<HTMLElement>('[data-evidence-error]');
    if (error) error.hidden = valid;
  }

  #onChange(event: Event) {
    const target = event.target as HTMLInputElement;
    if (target.name === 'evidence') this.#markEvidence(target, isValidField('evidence', target.value));
    else if (target.matches('[data-include-others]')) {
      this.#settings = { ...this.#settings, includeOthers: target.checked };
      this.#store.writeSettings(this.#settings);
      this.#render();
    } else if (target.matches('[data-filter]')) {
      this.#filter = target.value as Filter;
      this.#render();
    } else if (target.matches('[data-import]')) {
      const file = target.files?.[0];
      if (file) void this.#preview(file);
    }
  }

  #onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    const { dataset } = button;
    const id = button.closest<HTMLElement>('[data-item]')?.dataset['item'];
    if (dataset['export']) void this.#export(dataset['export']);
    else if ('print' in dataset) window.print();
    else if ('importConfirm' in dataset) this.#confirmImport();
    else if ('importCancel' in dataset) this.#closePreview('Import cancelled: nothing was changed.');
    else if ('confirm' in dataset && id) this.#confirm(id);
    else if (dataset['remove']) this.#remove(dataset['remove']);
  }

  #confirm(id: string) {
    const record = this.#records.get(id);
    const activity = this.#entries.get(id)?.activity;
    if (!record || !activity) return;
    this.#put(id, confirmReview(record, activity, this.#config.lastUpdated, Date.now()));
    this.#render();
    this.#items.get(id)?.querySelector<HTMLElement>('[name="status"]')?.focus();
    this.#say(`Marked “${activity.text}” as reviewed.`);
  }

  #remove(id: string) {
    const text = this.#records.get(id)?.seen.activity ?? id;
    this.#records.delete(id);
    this.#store.remove(id);
    this.#render();
    // Focus stays in the list while it has items, otherwise goes back to the summary.
    const orphans = this.#get<HTMLElement>('[data-orphans]');
    this.#get<HTMLElement>(orphans?.hidden ? '#checklist-progress' : '#checklist-orphans')?.focus();
    this.#say(`Removed “${text}” from your checklist.`);
  }

  /** Another tab wrote: storage holds the merged truth, so take it as it is. */
  #onStorage(event: StorageEvent) {
    if (!this.#store.available) return;
    if (event.key === null) this.#load(this.#store.readAll());
    else if (event.key === this.#store.keys.settings) this.#settings = this.#store.readSettings();
    else {
      const id = this.#store.keys.idOf(event.key);
      if (id === undefined) return;
      const record = toRecord(parse(event.newValue));
      if (record) this.#records.set(id, record);
      else this.#records.delete(id);
    }
    const includeOthers = this.#get<HTMLInputElement>('[data-include-others]');
    if (includeOthers) includeOthers.checked = this.#settings.includeOthers;
    this.#render();
  }

  #say(text: string) {
    const message = this.#get('[data-message]');
    const error = this.#get('[data-error]');
    if (message) message.textContent = text;
    if (error) error.textContent = '';
  }

  #fail(text: string) {
    const message = this.#get('[data-message]');
    const error = this.#get('[data-error]');
    if (message) message.textContent = '';
    if (error) error.textContent = text;
  }

  /** The listed items in page order, with their records. */
  #listed(): ChecklistEntry[] {
    return [...this.#entries.values()]
      .filter((entry) => isListed(entry.activity, this.#records.get(entry.activity.id), this.#settings.includeOthers))
      .map((entry) => ({ ...entry, record: this.#records.get(entry.activity.id) }));
  }

  /** Every record, those of the page's items first in page order, then those no longer in the matrix. */
  #allRecords(): Map<string, ItemRecord> {
    const ids = [...this.#entries.keys(), ...orphanIds(this.#records, this.#known)];
    return new Map(ids.flatMap((id) => (this.#records.has(id) ? [[id, this.#records.get(id) as ItemRecord] as const] : [])));
  }

  async #export(format: string) {
    const now = new Date();
    const name = checklistFileName(this.#identity, now, format);
    if (format === 'json') {
      // JSON, the reader's backup, needs nothing more from the network: it works offline.
      download(`${JSON.stringify(checklistFile(this.#identity, this.#allRecords(), now), null, 2)}\n`, name, 'application/json');
      this.#settings = { ...this.#settings, exportedAt: now.getTime() };
      this.#store.writeSettings(this.#settings);
    } else {
      const { parties, party, roles, title, sourceUrl, lastUpdated } = this.#config;
      const sheets = checklistSheets(this.#listed(), { roles, title, sourceUrl, lastUpdated }, parties, party, now.toISOString());
      const [sheet] = sheets;
      this.#say(`Preparing ${name}…`);
      try {
        if (format === 'csv') {
          const { sheetCsv } = await import('../../shared/csv');
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
          const { workbookBytes, XLSX_MEDIA_TYPE } = await import('../../shared/xlsx');
          download(await workbookBytes(sheets, { title: `${party.name}'s checklist: ${title}`, created: now }), name, XLSX_MEDIA_TYPE);
        }
      } catch {
        // The spreadsheet writers load on first use: that needs the network.
        return this.#fail(
          `The ${format.toUpperCase()} writer could not be loaded: check your connection and try again. Export JSON works offline.`,
        );
      }
    }
    this.#say(`Exported ${name}.`);
    this.#render();
  }

  async #preview(file: File) {
    this.#closePreview();
    const tooLarge = sizeProblem(file.size);
    const reading = tooLarge ? { ok: false as const, message: tooLarge } : readChecklistFile(await file.text(), this.#identity);
    if (!reading.ok) return this.#fail(reading.message);
    const changes = importChanges(this.#allRecords(), reading.records);
    if (changes.length === 0) return this.#say(`${file.name} holds the same checklist as this page: nothing to import.`);
    const count = (kind: string) => changes.filter((change) => change.kind === kind).length;
    const summary = this.#get('[data-import-summary]');
    if (summary)
      summary.textContent = `${file.name}: ${count('added')} items added, ${count('changed')} changed, ${count('removed')} cleared (saved here but not in the file). Importing replaces your checklist with the file's.`;
    this.#get('[data-import-changes]')?.replaceChildren(
      ...changes.map((change) => {
        const item = element('li');
        item.append(element('strong', change.activity), ` ${change.kind === 'removed' ? 'cleared' : change.kind}`);
        if (change.details.length > 0) item.append(`: ${change.details.join('; ')}`);
        return item;
      }),
    );
    this.#pendingImport = reading.records;
    const preview = this.#get<HTMLElement>('[data-import-preview]');
    if (preview) preview.hidden = false;
    this.#get<HTMLElement>('#checklist-import-heading')?.focus();
  }

  #closePreview(message?: string) {
    const preview = this.#get<HTMLElement>('[data-import-preview]');
    if (preview) preview.hidden = true;
    this.#pendingImport = undefined;
    const input = this.#get<HTMLInputElement>('[data-import]');
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
    this.#closePreview(`Imported ${incoming.size} items.`);
    this.#render();
  }

  #describe(change: LetterChange): string {
    const name = this.#config.parties.find((party) => party.id === change.party)?.name ?? change.party;
    const letters = (written: string) =>
      written === '' ? 'no role' : `${written} (${roleLabel([...written].filter(isRoleLetter), this.#config.roles)})`;
    return `${name} was ${letters(change.before)}, now ${letters(change.after)}`;
  }

  #render() {
    const available = this.#store.available;
    const note = this.#get<HTMLElement>('[data-storage-note]');
    const problem = this.#get<HTMLElement>('[data-storage-problem]');
    const reminder = this.#get<HTMLElement>('[data-export-reminder]');
    if (note) note.hidden = !available;
    if (problem) problem.hidden = available;
    if (reminder) reminder.hidden = lastChange(this.#records) <= this.#settings.exportedAt;

    let shown = 0;
    const listed = this.#listed();
    for (const [id, item] of this.#items) {
      const activity = this.#entries.get(id)?.activity as ChecklistActivity;
      const record = this.#records.get(id);
      const changes = record ? letterChanges(record, activity) : [];
      const status = record?.status ?? 'todo';
      item.dataset['status'] = status;
      for (const control of item.querySelectorAll<FieldControl>('[name]')) {
        const value = record && isField(control.name) ? record[control.name] : control.name === 'status' ? 'todo' : '';
        // Every valid keystroke is saved at once, so a field differs from its record only after another
        // tab wrote it, or while an evidence link is not valid yet: keep the latter for the reader to fix.
        if (control.value !== value && control.getAttribute('aria-invalid') !== 'true') control.value = value;
      }
      const changed = item.querySelector<HTMLElement>('[data-changed]');
      if (changed) changed.hidden = changes.length === 0;
      const text = item.querySelector('[data-changes]');
      if (text) text.textContent = `${changes.map((change) => this.#describe(change)).join('; ')}.`;
      const matches = this.#filter === 'all' || (this.#filter === 'changed' ? changes.length > 0 : status === this.#filter);
      item.hidden = !isListed(activity, record, this.#settings.includeOthers) || !matches;
      if (!item.hidden) shown += 1;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-group], [data-phase]'))
      group.hidden = group.querySelector('li[data-item]:not([hidden])') === null;
    const filterStatus = this.#get('[data-filter-status]');
    if (filterStatus) filterStatus.textContent = `Showing ${shown} of ${listed.length} items.`;

    this.#renderSummary(listed);
    this.#renderOrphans();
    this.#renderSheet(listed);
  }

  #renderSummary(listed: ChecklistEntry[]) {
    const summary = summarize(
      listed.map((entry) => entry.activity),
      this.#records,
    );
    const overall = progress(summary.overall);
    const counts = summary.overall;
    const text = this.#get('[data-overall]');
    if (text)
      text.textContent = `${overall.done} of ${overall.of} items done (${counts['not-applicable']} not applicable): ${counts.todo} to do, ${counts['in-progress']} in progress.`;
    this.#setProgress(this.#get('[data-overall-bar]'), overall);
    for (const row of this.querySelectorAll<HTMLElement>('[data-summary]')) {
      const phase = summary.phases.get(Number(row.dataset['summary']));
      row.hidden = phase === undefined;
      if (!phase) continue;
      for (const cell of row.querySelectorAll<HTMLElement>('[data-count]'))
        cell.textContent = String(phase[cell.dataset['count'] as Status]);
      const done = progress(phase);
      this.#setProgress(row.querySelector('progress'), done);
      const label = row.querySelector('[data-progress]');
      if (label) label.textContent = `${done.done} of ${done.of}`;
    }
  }

  #setProgress(bar: HTMLProgressElement | null, { done, of }: { done: number; of: number }) {
    if (!bar) return;
    bar.max = Math.max(of, 1);
    bar.value = done;
  }

  #renderOrphans() {
    const ids = orphanIds(this.#records, this.#known);
    const section = this.#get<HTMLElement>('[data-orphans]');
    if (section) section.hidden = ids.length === 0;
    this.#get('[data-orphan-list]')?.replaceChildren(
      ...ids.map((id) => {
        const record = this.#records.get(id) as ItemRecord;
        const item = element('li', '', 'item');
        const letters = this.#config.parties.map((party) => `${party.name} ${record.seen.letters[party.id] || 'no role'}`).join(', ');
        const [status, owner, due, note, evidence] = evidenceCells(record).map((cell) => (typeof cell === 'string' ? cell : cell.url));
        const details = [
          `Status: ${status}`,
          owner && `Owner: ${owner}`,
          due && `Due date: ${due}`,
          note && `Note: ${note}`,
          evidence && `Evidence: ${evidence}`,
        ];
        const remove = element('button', 'Remove', 'control');
        remove.type = 'button';
        remove.dataset['remove'] = id;
        remove.setAttribute('aria-label', `Remove “${record.seen.activity}”`);
        item.append(
          element('p', record.seen.activity, 'item-title'),
          element('p', `Saved against the matrix of ${record.seen.matrixDate} (${letters}).`, 'text-sm text-muted'),
          element('p', details.filter(Boolean).join(' · ')),
          remove,
        );
        return item;
      }),
    );
  }

  /** The printed evidence sheet: every listed item, whatever the filter, and today's date. */
  #renderSheet(listed = this.#listed()) {
    const printed = this.#get('[data-printed]');
    if (printed) printed.textContent = new Date().toLocaleDateString(document.documentElement.lang || 'en', { dateStyle: 'long' });
    this.#get('[data-sheet]')?.replaceChildren(
      ...listed.map((entry) => {
        const row = element('tr');
        row.append(element('td', `${entry.section}: ${entry.activity.text}`));
        for (const cell of evidenceCells(entry.record)) {
          const td = element('td', typeof cell === 'string' ? cell : '');
          if (typeof cell !== 'string') {
            const link = element('a', cell.text);
            link.href = cell.url;
            td.append(link);
          }
          row.append(td);
        }
        return row;
      }),
    );
  }
}

customElements.define('raci-checklist', RaciChecklist);
