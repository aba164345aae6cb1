import { ACTIVITY_KIND, BREADCRUMB_SEPARATOR, parsePartyLetters, separateElisions } from '../../shared/search-record';
import {
  activitiesFirst,
  excerptParts,
  highlightWords,
  markedWords,
  resultHref,
  type SearchWords,
  statusText,
  type TextPart,
} from './results';
import { loadPagefind, type PagefindResultData } from './search-engine';
import { emptyState, isSearchable, type SearchCatalog, type SearchState, toPagefindFilters } from './state';

/** Results drawn at most; the whole matrix has 79 activities. */
const MAX_RESULTS = 100;
const DEBOUNCE_MS = 60;

export interface ControllerOptions {
  /** The `[data-search-box]` element. */
  root: HTMLElement;
  /** Needed to turn filter choices into Pagefind filters; without it, filters are ignored. */
  catalog?: SearchCatalog | undefined;
  /** Called after each search with the state it ran for. */
  onSearch?: (state: SearchState) => void;
  /** Called when a result is opened (click or Enter); may prevent the navigation. */
  onOpen?: (link: HTMLAnchorElement, event: MouseEvent) => void;
}

function appendParts(parent: HTMLElement, parts: readonly TextPart[]): void {
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else {
      parent.append(part.text);
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** The letters of one party, drawn like RoleLetters.astro: badges with the spoken roles as label. */
function partyLetters(party: string, letters: string, label: string, noRole: string): HTMLElement {
  const cell = element('span', 'search-party', element('span', 'search-party-name', `${party} `));
  if (letters) {
    const badges = element('span', 'whitespace-nowrap');
    badges.setAttribute('role', 'img');
    badges.setAttribute('aria-label', label);
    badges.title = label;
    for (const letter of letters) badges.append(element('span', `role role-${letter}`, letter));
    cell.append(badges);
  } else {
    cell.append(element('span', 'no-role', noRole));
  }
  return cell;
}

function activityResult(data: PagefindResultData, { noRole }: SearchWords): HTMLElement {
  const words = markedWords(excerptParts(data.excerpt));
  const title = element('span', 'search-result-title');
  appendParts(title, highlightWords(data.meta['title'] ?? '', words));
  const crumb = element('span', 'search-result-crumb');
  const trail = (data.meta['breadcrumb'] ?? '').split(BREADCRUMB_SEPARATOR);
  trail.forEach((step, index) => {
    if (index > 0) crumb.append(element('span', 'search-crumb-sep', ' › '));
    appendParts(crumb, highlightWords(step, words));
  });
  const letters = element('span', 'search-result-letters');
  for (const cell of parsePartyLetters(data.meta['letters'])) letters.append(partyLetters(cell.party, cell.letters, cell.label, noRole));
  return element('span', 'search-result-body', title, crumb, letters);
}

function pageResult(data: PagefindResultData, words: SearchWords): { body: HTMLElement; href: string } {
  // Link to the best-matching heading of the page when Pagefind found one.
  const sub = [...(data.sub_results ?? [])].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  const pageTitle = data.meta['title'] ?? data.url;
  const title = element('span', 'search-result-title', sub && sub.title !== pageTitle ? `${pageTitle} › ${sub.title}` : pageTitle);
  const excerpt = element('span', 'search-result-excerpt');
  appendParts(excerpt, excerptParts(sub?.excerpt ?? data.excerpt));
  return {
    body: element('span', 'search-result-body', element('span', 'search-result-kind', words.page), title, excerpt),
    href: sub?.url ?? data.url,
  };
}

/**
 * Runs searches as the reader types or changes filters and draws the results with the site's own
 * markup; arrow keys move through the results, Enter opens the first (or focused) one.
 */
export class SearchController {
  readonly input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #options: ControllerOptions;
  readonly #words: SearchWords;
  /** The page's language, for counts. */
  readonly #lang: string;
  #state: SearchState = emptyState();
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A change waits for the debounce. */
  #pending = false;
  /** The search in flight, if any. */
  #current: Promise<void> = Promise.resolve();

  constructor(options: ControllerOptions) {
    this.#options = options;
    const { root } = options;
    const input = root.querySelector<HTMLInputElement>('[data-search-input]');
    const status = root.querySelector<HTMLElement>('[data-search-status]');
    const list = root.querySelector<HTMLOListElement>('[data-search-results]');
    if (!input || !status || !list) throw new Error('Search box markup is incomplete.');
    this.input = input;
    this.#words = JSON.parse(root.dataset['words'] ?? '{}') as SearchWords;
    this.#lang = root.closest('[lang]')?.getAttribute('lang') ?? 'en';
    this.#status = status;
    this.#list = list;
    this.#state.q = input.value;
    input.addEventListener('input', () => this.update({ q: input.value }));
    input.addEventListener('keydown', (event) => this.#onInputKey(event));
    list.addEventListener('keydown', (event) => this.#onListKey(event));
    list.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (link instanceof HTMLAnchorElement) this.#options.onOpen?.(link, event);
    });
  }

  get state(): SearchState {
    return this.#state;
  }

  /** Changes part of the state and searches again shortly (typing coalesces). */
  update(change: Partial<SearchState>, immediately = false): void {
    this.#state = { ...this.#state, ...change };
    if (change.q !== undefined && this.input.value !== change.q) this.input.value = change.q;
    clearTimeout(this.#timer);
    this.#pending = true;
    if (immediately) void this.run();
    else this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Searches for the current state now. */
  run(): Promise<void> {
    clearTimeout(this.#timer);
    this.#pending = false;
    this.#current = this.#search();
    return this.#current;
  }

  async #search(): Promise<void> {
    const sequence = ++this.#sequence;
    const state = this.#state;
    if (!isSearchable(state)) {
      this.#show([], '');
      this.#options.onSearch?.(state);
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const filters = this.#options.catalog ? toPagefindFilters(state, this.#options.catalog) : {};
      // Words as the index holds them: `l’hyperviseur` is `l’ hyperviseur` in French records.
      const response = await pagefind.search(separateElisions(state.q.trim(), this.#lang) || null, { filters });
      if (!response || sequence !== this.#sequence) return;
      const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (sequence !== this.#sequence) return;
      const items = activitiesFirst(data.map((d) => ({ kind: d.meta['kind'], data: d })));
      this.#show(
        items.map(({ data: d }) => this.#item(d)),
        statusText(items.length, state.q.trim(), this.#words, this.#lang),
      );
      this.#options.onSearch?.(state);
    } catch (error) {
      if (sequence !== this.#sequence) return;
      console.error(error);
      this.#show([], this.#words.unavailable);
    }
  }

  #item(data: PagefindResultData): HTMLLIElement {
    const link = document.createElement('a');
    link.className = 'search-result';
    link.dataset['searchResult'] = '';
    if (data.meta['kind'] === ACTIVITY_KIND) {
      link.href = resultHref(data);
      link.append(activityResult(data, this.#words));
    } else {
      const page = pageResult(data, this.#words);
      link.href = page.href;
      link.append(page.body);
    }
    const item = document.createElement('li');
    item.append(link);
    return item;
  }

  #show(items: HTMLLIElement[], status: string): void {
    this.#list.replaceChildren(...items);
    this.#list.hidden = items.length === 0;
    this.#status.textContent = status;
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
  }

  #onInputKey(event: KeyboardEvent): void {
    const links = this.#links();
    if (event.key === 'ArrowDown' && links[0]) {
      event.preventDefault();
      links[0].focus();
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      // Typed faster than the search: wait for it, then open the first result.
      const ready = this.#pending ? this.run() : this.#current;
      void ready.then(() => this.#links()[0]?.click());
    }
  }

  #onListKey(event: KeyboardEvent): void {
    const links = this.#links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
      (next < 0 ? this.input : links[next])?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? links[0] : links.at(-1))?.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing goes back to the field.
      this.input.focus();
    }
  }
}
