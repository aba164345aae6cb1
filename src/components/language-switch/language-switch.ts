/**
 * Browser side of LanguageSwitch.astro: when the reader follows (or copies) a link to another
 * edition, the link first takes the page's place (place.ts), so the other edition opens on the
 * same activity or section, filtered the same way.
 */
import { withPlace } from './place';

class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    // A click or Enter, a middle click (a new tab), the context menu ("copy link address").
    for (const type of ['click', 'auxclick', 'contextmenu']) {
      this.addEventListener(type, (event) => {
        const link = event.target instanceof Element ? event.target.closest('a') : null;
        if (link) link.href = withPlace(link.href, location);
      });
    }
  }
}
customElements.define('language-switch', LanguageSwitch);
