import type { SearchCatalog } from './state';

/**
 * `<search-page>`: loads the search module only when needed: at once if the URL holds a search,
 * otherwise on the first focus or change in the form. The form (`js-only`) and the note for readers
 * without JavaScript (`no-js-only`) are shown or hidden by CSS from the first paint.
 */
class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    if (!form) return;
    const catalog = JSON.parse(this.dataset['catalog'] ?? '{}') as SearchCatalog;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      import('./search-page')
        .then(({ startSearchPage }) => startSearchPage(form, catalog))
        .catch((error: unknown) => console.error('Search could not start', error));
    };
    const params = new URLSearchParams(location.search);
    if ([...params.keys()].length > 0) start();
    else for (const type of ['focusin', 'input', 'change']) form.addEventListener(type, start, { once: true });
  }
}
customElements.define('search-page', SearchPage);
