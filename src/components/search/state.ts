import { isRoleLetter, type RoleLetter } from '../../core/letters';
import type { RoleChoice } from '../../core/roles';
import type { Matrix } from '../../core/schema';
import { numberedTitle } from '../../shared/labels';
import { PHASE_FILTER } from '../../shared/search-record';

/** What the search UI needs to know about the matrix to name filters; small enough for a data attribute. */
export interface SearchCatalog {
  phases: { number: number; label: string }[];
  parties: { id: string; name: string }[];
  roles: { letter: RoleLetter; name: string }[];
  /** The filter value of a party without a role, as the edition's index holds it ("No role"). */
  noRole: string;
}

/** Everything a search is made of; it round-trips through the page URL (`?q=…&phase=3&ovhcloud=R`). */
export interface SearchState {
  q: string;
  /** Phase number, or null for every phase. */
  phase: number | null;
  /** Party id → chosen role; absent parties are not filtered. */
  roles: Record<string, RoleChoice>;
}

export const emptyState = (): SearchState => ({ q: '', phase: null, roles: {} });

/** The catalog of an edition's matrix; `noRole` is its dictionary's `search.records.noRoleFilter`. */
export function catalogOf(matrix: Matrix, noRole: string): SearchCatalog {
  return {
    phases: matrix.phases.map((phase) => ({ number: phase.number, label: numberedTitle(phase.number, phase.title) })),
    parties: matrix.meta.parties.map(({ id, name }) => ({ id, name })),
    roles: matrix.meta.roles.map(({ letter, name }) => ({ letter, name })),
    noRole,
  };
}

/** Reads a state from a query string, dropping anything the catalog does not know. */
export function parseSearchParams(params: URLSearchParams, catalog: SearchCatalog): SearchState {
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  const phase = Number(params.get('phase'));
  if (catalog.phases.some((p) => p.number === phase)) state.phase = phase;
  for (const party of catalog.parties) {
    const value = params.get(party.id);
    if (value === 'none' || (value !== null && isRoleLetter(value) && catalog.roles.some((r) => r.letter === value))) {
      state.roles[party.id] = value;
    }
  }
  return state;
}

/** The query string of a state, in a stable order, without empty parameters. */
export function toSearchParams(state: SearchState, catalog: SearchCatalog): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.phase !== null) params.set('phase', String(state.phase));
  for (const party of catalog.parties) {
    const role = state.roles[party.id];
    if (role) params.set(party.id, role);
  }
  return params;
}

/** Pagefind filters for a state, using the names and values the index was built with. */
export function toPagefindFilters(state: SearchState, catalog: SearchCatalog): Record<string, string> {
  const filters: Record<string, string> = {};
  const phase = catalog.phases.find((p) => p.number === state.phase);
  if (phase) filters[PHASE_FILTER] = phase.label;
  for (const party of catalog.parties) {
    const role = state.roles[party.id];
    if (!role) continue;
    const name = role === 'none' ? catalog.noRole : catalog.roles.find((r) => r.letter === role)?.name;
    if (name) filters[party.name] = name;
  }
  return filters;
}

export function hasFilters(state: SearchState): boolean {
  return state.phase !== null || Object.keys(state.roles).length > 0;
}

/** Whether there is anything to search for: words, or at least one filter. */
export function isSearchable(state: SearchState): boolean {
  return state.q.trim() !== '' || hasFilters(state);
}
