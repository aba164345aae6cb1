import { SearchController } from './search-controller';
import { loadPagefind } from './search-engine';
import { parseSearchParams, type SearchCatalog, type SearchState, toSearchParams } from './state';

/**
 * The search page: its state lives in the URL (`?q=…&phase=3&ovhcloud=R`), so a search can be
 * shared and a reload restores it. Filters are plain selects named like the URL parameters.
 */
export function startSearchPage(form: HTMLFormElement, catalog: SearchCatalog): void {
  const root = form.querySelector<HTMLElement>('[data-search-box]');
  if (!root) return;
  loadPagefind().catch(() => {});
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const fromUrl = parseSearchParams(new URLSearchParams(location.search), catalog);
  // Anything typed or chosen before this module loaded wins over the URL.
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const initial: SearchState = { ...fromUrl, q: input?.value || fromUrl.q };
  for (const select of selects) {
    if (select.value) continue;
    select.value = select.name === 'phase' ? String(initial.phase ?? '') : (initial.roles[select.name] ?? '');
  }
  const readFilters = (): Pick<SearchState, 'phase' | 'roles'> => {
    const params = new URLSearchParams();
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    const { phase, roles } = parseSearchParams(params, catalog);
    return { phase, roles };
  };

  const controller = new SearchController({
    root,
    catalog,
    onSearch: (state) => {
      const query = toSearchParams(state, catalog).toString();
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
    },
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const select of selects) select.addEventListener('change', () => controller.update(readFilters(), true));
  controller.update({ q: initial.q, ...readFilters() }, true);
}
