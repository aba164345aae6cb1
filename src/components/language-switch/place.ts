/**
 * The address of another edition's page at the reader's place: its path, with this page's query
 * (a role filter) and #fragment (an activity or section: the same ids in every edition).
 */
export function withPlace(href: string, place: { readonly search: string; readonly hash: string }): string {
  const url = new URL(href);
  url.search = place.search;
  url.hash = place.hash;
  return url.href;
}
