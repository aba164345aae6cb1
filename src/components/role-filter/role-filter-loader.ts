// Browser side of RoleFilter.astro, on every page and kept small. The filter's module loads when
// the page opens filtered (a shared link), or with the reader's first pointer, touch or focus on
// the filter: the full matrix loads no filter code otherwise. A click or a choice made before the
// module arrived is replayed once it has.
const filter = document.querySelector('role-filter');
if (filter) {
  let loading: Promise<unknown> | undefined;
  const load = () => {
    loading ??= import('./role-filter-element').catch((error: unknown) => console.error('The role filter could not start', error));
    return loading;
  };
  if (/[?&](role|party|changed)=/.test(location.search)) load();
  for (const type of ['pointerover', 'touchstart', 'focusin']) filter.addEventListener(type, load, { once: true, passive: true });
  for (const type of ['click', 'change']) {
    filter.addEventListener(type, (event) => {
      const control = event.target instanceof Element ? event.target.closest('button, select') : null;
      if (!control || customElements.get('role-filter')) return;
      void load().then(() => control.dispatchEvent(new Event(type, { bubbles: true })));
    });
  }
}
