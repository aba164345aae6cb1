/**
 * Browser side of CopyLink.astro: the page's one "copy link" button, moved into the activity row or
 * linkable heading the reader hovers or focuses, copying that row's or heading's absolute URL.
 */
import { fill } from '../../i18n/format';
import { announce } from './share-status';

const SVG = 'http://www.w3.org/2000/svg';
const ICON_PATHS = [
  'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71',
  'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71',
];
/** What the button can be moved into: an activity row with an id, or a heading wrapper that names its URL. */
const HOSTS = 'tr[id^="activity-"], [data-copy-url]';

/** The button's words, in the page's language (CopyLink.astro). */
function words(): { row: string; heading: string; copied: string; failed: string } {
  const { row = '', heading = '', copied = '', failed = '' } = document.getElementById('copy-link-words')?.dataset ?? {};
  return { row, heading, copied, failed };
}

/** Named after the heading's own "#" link ("Link to this section" → "Copy link to this section"), or as a row's. */
function labelOf(host: HTMLElement): string {
  const own = host.querySelector(':scope > a')?.getAttribute('aria-label');
  return own ? fill(words().heading, { link: `${own.charAt(0).toLowerCase()}${own.slice(1)}` }) : words().row;
}

/** A chain-link icon button whose visually hidden text names it. */
function copyButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link-button no-print';
  const icon = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    'aria-hidden': 'true',
    viewBox: '0 0 24 24',
    width: '16',
    height: '16',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  })) {
    icon.setAttribute(name, value);
  }
  for (const d of ICON_PATHS) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    icon.append(path);
  }
  const text = document.createElement('span');
  text.className = 'sr-only';
  button.append(icon, text);
  return button;
}

/** A heading copies its own page's URL (from its path); a row, the page's canonical URL with the row's id. */
function urlOf(host: HTMLElement): string | undefined {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!canonical) return undefined;
  return new URL(host.dataset['copyUrl'] ?? `#${host.id}`, canonical).href;
}

async function copyFrom(button: HTMLButtonElement): Promise<void> {
  const host = button.closest<HTMLElement>(HOSTS);
  const url = host ? urlOf(host) : undefined;
  if (!url) return;
  try {
    await navigator.clipboard.writeText(url);
    announce(fill(words().copied, { url }));
  } catch {
    announce(fill(words().failed, { url }));
  }
}

/**
 * Creates the button and moves it, from now on, into the row or heading of each pointer or focus
 * move: in a row, into its last cell, right after the row's link, so Tab reaches it next. `first`
 * is the event that caused the start, handled at once.
 */
export function startCopyLinks(first: Event): void {
  const button = copyButton();
  button.addEventListener('click', () => copyFrom(button));
  const text = button.querySelector('.sr-only');
  const place = (event: Event) => {
    const host = event.target instanceof Element ? event.target.closest<HTMLElement>(HOSTS) : null;
    // A focused button stays where it is: moving it would drop the keyboard focus.
    if (!host || document.activeElement === button) return;
    const spot = host.matches('tr') ? host.lastElementChild : host;
    if (!spot || button.parentElement === spot) return;
    const label = labelOf(host);
    button.title = label;
    if (text) text.textContent = label;
    spot.append(button);
  };
  document.addEventListener('pointerover', place);
  document.addEventListener('focusin', place);
  place(first);
}
