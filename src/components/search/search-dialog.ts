import { fragmentId } from '../../shared/routes';
import { SearchController } from './search-controller';
import { loadPagefind } from './search-engine';
import { goToRow } from './search-highlight';

let controller: SearchController | undefined;

/**
 * Wires the header's search dialog (opened by the always-loaded trigger) on first use: searches as
 * the reader types, and opening a result on this same page closes the dialog and highlights the row.
 */
export function startSearchDialog(dialog: HTMLDialogElement): void {
  if (controller) {
    void controller.run();
    return;
  }
  const root = dialog.querySelector<HTMLElement>('[data-search-box]');
  if (!root) return;
  // Fetch Pagefind and its index while the reader types.
  loadPagefind().catch(() => {});
  const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page-link]');
  // The page's edition's search page, as the markup links it.
  const searchPage = pageLink?.getAttribute('href') ?? '';
  controller = new SearchController({
    root,
    onSearch: (state) => {
      if (pageLink) pageLink.href = state.q.trim() ? `${searchPage}?${new URLSearchParams({ q: state.q.trim() })}` : searchPage;
    },
    onOpen: (link, event) => {
      const url = new URL(link.href);
      const id = fragmentId(url.hash);
      if (url.origin !== location.origin || url.pathname !== location.pathname || !id) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      dialog.dataset['keepFocus'] = 'true';
      dialog.close();
      goToRow(id);
    },
  });
  // Keys typed before this module arrived are already in the field.
  void controller.run();
}
