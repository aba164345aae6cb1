/**
 * Browser side of AnchorAliases.astro: when the URL's #fragment names no element of the page but an
 * alias (content/aliases.yaml) leads to one that exists here, the browser is sent to the new anchor.
 */
import { resolveAnchorAlias } from '../core/alias-chains';

function followAnchorAlias() {
  const data = document.getElementById('anchor-aliases')?.textContent;
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return; // A malformed fragment names no alias.
  }
  if (!data || !id || document.getElementById(id)) return;
  const target = resolveAnchorAlias({ anchors: JSON.parse(data) }, id, (candidate) => document.getElementById(candidate) !== null);
  if (target) location.replace(`#${encodeURIComponent(target)}`);
}
followAnchorAlias();
window.addEventListener('hashchange', followAnchorAlias);
