/** Browser side of SearchTrigger.astro: the header's search button and its keyboard shortcuts. */
import { isSearchShortcut } from './keys';

/**
 * Always loaded, so kept tiny: opens the dialog at once (keys typed meanwhile land in its field)
 * and only then imports the search module, which loads Pagefind and its index.
 */
class SearchTrigger extends HTMLElement {
  #opener: HTMLElement | null = null;

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-search-button]');
    const dialog = this.querySelector('dialog');
    if (!button || !dialog) return;
    button.addEventListener('click', () => this.#open(dialog, button));
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || !isSearchShortcut(event)) return;
      event.preventDefault();
      this.#open(dialog, button);
    });
    dialog.addEventListener('close', () => {
      // After a result on this page was opened, focus goes to that row instead.
      if (dialog.dataset['keepFocus']) delete dialog.dataset['keepFocus'];
      else this.#opener?.focus();
    });
  }

  #open(dialog: HTMLDialogElement, button: HTMLElement) {
    const input = dialog.querySelector<HTMLInputElement>('input');
    // On the search page, its own field is the search (its form is shown whenever this runs: js-only).
    const pageInput = document.querySelector<HTMLInputElement>('search-page input[type="search"]');
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    if (!dialog.open) {
      const active = document.activeElement;
      this.#opener = active instanceof HTMLElement && active !== document.body ? active : button;
      dialog.showModal();
    }
    input?.focus();
    input?.select();
    import('./search-dialog')
      .then(({ startSearchDialog }) => startSearchDialog(dialog))
      .catch((error: unknown) => console.error('Search could not start', error));
  }
}
customElements.define('search-trigger', SearchTrigger);
