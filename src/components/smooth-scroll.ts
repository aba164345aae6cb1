/**
 * Smooth scrolling, for a click on a link within the page only: the `in-page-navigation` class it
 * sets on <html> turns on `scroll-behavior: smooth` (src/styles/global.css, never under
 * `prefers-reduced-motion: reduce`) and lays out every phase of a long matrix (PhaseMatrix.astro),
 * so the scroll lands on its target. A deep link opened in a new tab, and a page without
 * JavaScript, scroll at once instead of animating over thousands of pixels.
 */
document.addEventListener(
  'click',
  (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href*="#"]') : null;
    if (link instanceof HTMLAnchorElement && link.pathname === location.pathname && link.search === location.search) {
      document.documentElement.classList.add('in-page-navigation');
    }
  },
  { capture: true },
);
