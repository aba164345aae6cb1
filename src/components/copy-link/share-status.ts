/** Browser side of ShareStatus.astro: shows a short message in the page's polite live region. */
const STATUS_ID = 'share-status';
const SHOWN_FOR_MS = 6000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string): void {
  const status = document.getElementById(STATUS_ID);
  if (!status) return;
  // Emptied first so that the same message twice in a row is announced twice.
  status.textContent = '';
  clearTimeout(timer);
  requestAnimationFrame(() => {
    status.textContent = message;
    timer = setTimeout(() => {
      status.textContent = '';
    }, SHOWN_FOR_MS);
  });
}
