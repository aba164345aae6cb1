import type { RoleLetter } from '../../core/letters';
import { matchesRoles, parseLetters, type RoleChoice, type RoleCounts } from '../../core/roles';
import { formatNumber, type Plural, plural } from '../../i18n/format';
import { parseFilterQuery, serializeFilterQuery } from './filter-query';

/** The matrix's activity rows: each has its activity's id. */
const ACTIVITY_ROWS = 'table.raci tbody tr[id]';

/** Each matrix table's column of each party, from its header (`th[data-party]`), found once per table. */
const partyColumns = new WeakMap<HTMLTableElement, Map<string, number>>();

/** A party's letters in a row, read from its cell (`<b>` per letter): rows carry no copy of them. */
function lettersIn(row: HTMLTableRowElement, party: string): RoleLetter[] {
  const table = row.closest('table');
  if (!table) return [];
  let columns = partyColumns.get(table);
  if (!columns) {
    columns = new Map([...(table.tHead?.rows[0]?.cells ?? [])].map((cell, index) => [cell.dataset['party'] ?? '', index]));
    partyColumns.set(table, columns);
  }
  const cell = row.cells[columns.get(party) ?? -1];
  return [...(cell?.querySelectorAll('b') ?? [])].flatMap((letter) => parseLetters(letter.textContent));
}

/** What the status line says: "Showing 3 of 44 activities.", "Showing all 44 activities." */
interface StatusWords {
  shown: Plural;
  all: Plural;
}

/**
 * Filters the activity rows of the page by role, instantly and without reload. The state lives
 * in the URL query (`?role=R&role=A`, plus `party=` on the matrix and `changed=latest` for the
 * activities changed in the latest release), so it can be bookmarked and shared, and
 * back/forward restore it.
 */
class RoleFilterElement extends HTMLElement {
  #party = '';
  #roles: RoleChoice[] = [];
  #changed = false;
  #counts: Record<string, RoleCounts> = {};
  #totals: Record<string, number> = {};
  /** The status line's words, in the page's language (RoleFilter.astro's `data-shown`, `data-all`). */
  #words: StatusWords = { shown: { one: '', other: '' }, all: { one: '', other: '' } };

  connectedCallback() {
    const { shown = '', shownOne = shown, all = '', allOne = all } = this.dataset;
    this.#words = { shown: { one: shownOne, other: shown }, all: { one: allOne, other: all } };
    this.#counts = JSON.parse(this.dataset['counts'] ?? '{}') as Record<string, RoleCounts>;
    this.#totals = JSON.parse(this.dataset['totals'] ?? '{}') as Record<string, number>;
    this.#party = this.dataset['party'] ?? '';

    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-role]')) {
      button.addEventListener('click', () => {
        const role = button.dataset['role'] as RoleChoice;
        const roles = this.#roles.includes(role) ? this.#roles.filter((r) => r !== role) : [...this.#roles, role];
        this.#update(this.#party, roles, this.#changed);
      });
    }
    this.querySelector('button[data-clear]')?.addEventListener('click', () => this.#update(this.#party, [], this.#changed));
    this.#changedToggle?.addEventListener('click', () => this.#update(this.#party, this.#roles, !this.#changed));
    this.#partySelect?.addEventListener('change', (event) => {
      this.#update((event.target as HTMLSelectElement).value, this.#roles, this.#changed);
    });
    window.addEventListener('popstate', () => this.#readUrl());
    this.#readUrl();
  }

  get #partySelect() {
    return this.querySelector<HTMLSelectElement>('select[data-party-select]');
  }

  get #changedToggle() {
    return this.querySelector<HTMLButtonElement>('button[data-changed]');
  }

  get #isMatrix() {
    return this.dataset['mode'] === 'matrix';
  }

  #readUrl() {
    const state = parseFilterQuery(location.search, Object.keys(this.#counts));
    this.#apply(state.party ?? this.dataset['party'] ?? '', state.roles, state.changed);
  }

  #update(party: string, roles: RoleChoice[], changed: boolean) {
    const query = serializeFilterQuery({ party: this.#isMatrix ? party : undefined, roles, changed });
    history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
    this.#apply(party, roles, changed);
  }

  #apply(party: string, roles: RoleChoice[], changed: boolean) {
    this.#party = party;
    this.#roles = roles.filter((role) => this.#isMatrix || role !== 'none');
    // Without an earlier release there is no toggle, and nothing to filter on.
    this.#changed = changed && this.#changedToggle !== null;
    this.#changedToggle?.setAttribute('aria-pressed', String(this.#changed));
    if (this.#partySelect) this.#partySelect.value = party;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-role]')) {
      button.setAttribute('aria-pressed', String(this.#roles.includes(button.dataset['role'] as RoleChoice)));
    }
    for (const count of this.querySelectorAll<HTMLElement>('[data-count]')) {
      count.textContent = String(this.#counts[party]?.[count.dataset['count'] as RoleChoice] ?? 0);
    }
    const shown = this.#filterRows();
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (status) {
      const total = this.#totals[party] ?? 0;
      const filtered = this.#roles.length > 0 || this.#changed;
      const lang = document.documentElement.lang;
      status.textContent = filtered
        ? plural(lang, shown, this.#words.shown, { total: formatNumber(lang, total) })
        : plural(lang, total, this.#words.all);
    }
  }

  /** Hides non-matching rows, then every section and phase left without a visible row. */
  #filterRows(): number {
    let shown = 0;
    for (const row of document.querySelectorAll<HTMLTableRowElement>(ACTIVITY_ROWS)) {
      const visible =
        matchesRoles(lettersIn(row, this.#party), this.#roles) && (!this.#changed || row.querySelector('.change-marker') !== null);
      row.hidden = !visible;
      if (visible) shown++;
    }
    const sections = [...document.querySelectorAll<HTMLElement>('section[data-section]')];
    // Deepest sections first, so a group heading sees its sub-sections' final state.
    sections.sort((a, b) => (b.dataset['section'] ?? '').split('.').length - (a.dataset['section'] ?? '').split('.').length);
    for (const section of sections) {
      const number = section.dataset['section'];
      const ownRows = section.querySelectorAll(`${ACTIVITY_ROWS}:not([hidden])`).length;
      const children = sections.filter((other) => other.dataset['parent'] === number);
      section.hidden = ownRows === 0 && children.every((child) => child.hidden);
    }
    for (const phase of document.querySelectorAll<HTMLElement>('section[data-phase]')) {
      phase.hidden = [...phase.querySelectorAll<HTMLElement>('section[data-section]')].every((section) => section.hidden);
    }
    return shown;
  }
}
customElements.define('role-filter', RoleFilterElement);
