/**
 * The checklist's few DOM helpers: read the page's items from the markup, write a view (view.ts)
 * into the page, offer a file for download. No decision is made here: what to show is the view's.
 */
import type { SheetCell } from '../../shared/sheets';
import type { ChecklistConfig } from './checklist-config';
import { isField } from './fields';
import type { Progress } from './summary';
import { type ChecklistView, type ImportPreview, type ItemView, legendText, type OrphanView, type PageEntry, type SheetRow } from './view';

export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Offers `data` as a file to save, without any request. */
export function download(data: BlobPart, name: string, type: string): void {
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

/** Sets the text of the first match of `selector` in `root`, if any. */
export function setText(root: ParentNode, selector: string, text: string): void {
  const found = root.querySelector(selector);
  if (found) found.textContent = text;
}

export function setHidden(root: ParentNode, selector: string, hidden: boolean): void {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) found.hidden = hidden;
}

/** Reads an activity from its list item: its text, letters, phase and section. */
export function readItem(item: HTMLElement, config: ChecklistConfig): PageEntry {
  const id = item.dataset['item'] ?? '';
  const phase = item.closest<HTMLElement>('[data-phase]');
  return {
    activity: {
      id,
      text: itemText(item),
      letters: Object.fromEntries(config.parties.map((party) => [party.id, item.getAttribute(`data-roles-${party.id}`) ?? ''])),
      phase: Number(phase?.dataset['phase']),
      tracked: !item.hasAttribute('data-optional'),
    },
    phase: phase?.querySelector('h2')?.textContent?.trim() ?? '',
    section: item.closest<HTMLElement>('[data-group]')?.dataset['section'] ?? '',
    url: `${config.matrixUrl}#${id}`,
  };
}

const itemText = (item: HTMLElement) => item.querySelector('.item-title')?.textContent?.trim() ?? item.dataset['item'] ?? '';

export const hasFields = (item: HTMLElement): boolean => item.querySelector('.item-fields') !== null;

/**
 * Gives a list item without fields (`hasFields`) its fields, the item template's copy. The element
 * does it when the item is first shown, so that the items a reader does not list cost nothing.
 */
export function giveFields(item: HTMLElement, template: HTMLTemplateElement | null, config: ChecklistConfig): void {
  if (!template) return;
  const id = item.dataset['item'] ?? '';
  item.append(template.content.cloneNode(true));
  setText(item, '[data-legend]', legendText(itemText(item), config));
  for (const message of item.querySelectorAll<HTMLElement>('[data-invalid]')) {
    message.id = `checklist-${id}-${message.dataset['invalid']}-error`;
    item.querySelector(`[name="${message.dataset['invalid']}"]`)?.setAttribute('aria-describedby', message.id);
  }
}

/** Flags a field's value as valid or not, with its message. */
export function markValidity(control: FieldControl, valid: boolean): void {
  control.setAttribute('aria-invalid', String(!valid));
  const message = control.closest('[data-item]')?.querySelector<HTMLElement>(`[data-invalid="${control.name}"]`);
  if (message) message.hidden = valid;
}

function setProgress(bar: HTMLProgressElement | null, { done, of }: Progress): void {
  if (!bar) return;
  bar.max = Math.max(of, 1);
  bar.value = done;
}

function orphanItem(orphan: OrphanView): HTMLLIElement {
  const item = element('li', '', 'item');
  const remove = element('button', orphan.remove, 'control');
  remove.type = 'button';
  remove.dataset['remove'] = orphan.id;
  remove.setAttribute('aria-label', orphan.removeLabel);
  item.append(
    element('p', orphan.activity, 'item-title'),
    element('p', orphan.saved, 'text-sm text-muted'),
    element('p', orphan.details),
    remove,
  );
  return item;
}

function cell(content: SheetCell): HTMLTableCellElement {
  const td = element('td', typeof content === 'string' ? content : '');
  if (typeof content !== 'string') {
    const link = element('a', content.text);
    link.href = content.url;
    td.append(link);
  }
  return td;
}

/** The printed evidence sheet: its rows and the date printed. */
export function renderSheet(root: ParentNode, rows: readonly SheetRow[], printed: string): void {
  setText(root, '[data-printed]', printed);
  root.querySelector('[data-sheet]')?.replaceChildren(
    ...rows.map((row) => {
      const tr = element('tr');
      tr.append(element('td', row.activity), ...row.cells.map(cell));
      return tr;
    }),
  );
}

/** Writes an item's view into its list item: status, field values, letter changes, visibility. */
export function renderItem(item: HTMLElement, shown: ItemView): void {
  item.dataset['status'] = shown.status;
  for (const control of item.querySelectorAll<FieldControl>('[name]')) {
    const value = isField(control.name) ? shown.values[control.name] : '';
    // Every valid keystroke is saved at once, so a field differs from its record only after another
    // tab wrote it, or while its value is not valid yet: keep the latter for the reader to fix.
    if (control.value !== value && control.getAttribute('aria-invalid') !== 'true') control.value = value;
  }
  setHidden(item, '[data-changed]', !shown.changed);
  setText(item, '[data-changes]', shown.changes);
  item.hidden = shown.hidden;
}

/** Writes `view` into the page: `items` are the page's list items by activity id. */
export function renderView(root: HTMLElement, view: ChecklistView, items: ReadonlyMap<string, HTMLElement>, printed: string): void {
  setHidden(root, '[data-storage-note]', !view.storageNote);
  setHidden(root, '[data-storage-problem]', !view.storageProblem);
  setHidden(root, '[data-export-reminder]', !view.exportReminder);
  for (const [id, item] of items) {
    const shown = view.items.get(id);
    if (shown) renderItem(item, shown);
  }
  for (const group of root.querySelectorAll<HTMLElement>('[data-group], [data-phase]'))
    group.hidden = group.querySelector('li[data-item]:not([hidden])') === null;
  setText(root, '[data-filter-status]', view.filterStatus);
  setText(root, '[data-overall]', view.overall.text);
  setProgress(root.querySelector('[data-overall-bar]'), view.overall.progress);
  for (const row of root.querySelectorAll<HTMLElement>('[data-summary]')) {
    const phase = view.phases.get(Number(row.dataset['summary']));
    row.hidden = phase === undefined;
    if (!phase) continue;
    for (const count of row.querySelectorAll<HTMLElement>('[data-count]'))
      count.textContent = phase.counts[count.dataset['count'] as keyof typeof phase.counts];
    setProgress(row.querySelector('progress'), phase.progress);
    setText(row, '[data-progress]', phase.text);
  }
  setHidden(root, '[data-orphans]', view.orphans.length === 0);
  root.querySelector('[data-orphan-list]')?.replaceChildren(...view.orphans.map(orphanItem));
  // The sheet is for print only: drawn once the reader prints (`printed` is then the day).
  if (printed) renderSheet(root, view.sheet, printed);
}

/** Shows the import preview, or hides it (`undefined`). */
export function renderPreview(root: ParentNode, preview: (ImportPreview & { same: false }) | undefined): void {
  setHidden(root, '[data-import-preview]', preview === undefined);
  if (!preview) return;
  setText(root, '[data-import-summary]', preview.summary);
  root.querySelector('[data-import-changes]')?.replaceChildren(
    ...preview.lines.map((line) => {
      const item = element('li');
      item.append(...line.parts.map((part) => (typeof part === 'string' ? part : element('strong', line.activity))));
      return item;
    }),
  );
}
