/** Browser side of CopyLink.astro: loads the button's module (copy-links.ts) on first use. */
// Nothing of the button loads with the page: its module comes with the reader's first pointer
// or focus move, and places the button for that move at once.
if (navigator.clipboard) {
  const start = (event: Event) => {
    document.removeEventListener('pointerover', start);
    document.removeEventListener('focusin', start);
    import('./copy-links')
      .then(({ startCopyLinks }) => startCopyLinks(event))
      .catch((error: unknown) => console.error('Copy links could not start', error));
  };
  document.addEventListener('pointerover', start);
  document.addEventListener('focusin', start);
}
