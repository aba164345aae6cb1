import { fragmentId } from '../../shared/routes';

/**
 * Brings an activity row of this page into view (below the sticky headers, thanks to the CSS
 * scroll margin) and highlights it. Setting the hash updates `:target`; the `is-highlighted` class
 * covers the cases where it does not change (the row was already the target).
 */
export function goToRow(id: string): void {
  const row = document.getElementById(id);
  for (const other of document.querySelectorAll('.is-highlighted')) other.classList.remove('is-highlighted');
  if (!row) {
    location.hash = id;
    return;
  }
  if (fragmentId(location.hash) === id) row.scrollIntoView({ block: 'start' });
  else location.hash = id;
  row.classList.add('is-highlighted');
  row.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  const unmark = () => {
    if (fragmentId(location.hash) === id) return;
    row.classList.remove('is-highlighted');
    window.removeEventListener('hashchange', unmark);
  };
  window.addEventListener('hashchange', unmark);
}
