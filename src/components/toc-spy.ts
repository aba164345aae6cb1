/**
 * Browser side of TableOfContents.astro: marks the table-of-contents link of the heading currently
 * at the top of the viewport.
 */
class TocSpy extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')];
    // The links' own fragments: ids this site wrote, which always decode.
    const byId = new Map(links.map((link) => [decodeURIComponent(link.hash.slice(1)), link]));
    const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((el) => el !== null);
    if (headings.length === 0) return;
    const visible = new Set<Element>();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target);
          else visible.delete(entry.target);
        }
        const current = headings.find((heading) => visible.has(heading));
        if (!current) return;
        for (const link of links) link.removeAttribute('aria-current');
        byId.get(current.id)?.setAttribute('aria-current', 'true');
      },
      { rootMargin: '-15% 0px -70% 0px' },
    );
    for (const heading of headings) this.#observer.observe(heading);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}
customElements.define('toc-spy', TocSpy);
