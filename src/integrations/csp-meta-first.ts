import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's policy element: `<meta http-equiv="content-security-policy" content="…">` (the policy has no `"` or `>`). */
const CSP_META = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="[^"]*"\s*\/?>/gi;
const CHARSET_META = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/** Inline code a hash source can allow: scripts without `src` (JSON data blocks never run) and `<style>` elements. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const HASH_SOURCE = / 'sha256-[A-Za-z0-9+/]+=*'/g;

/**
 * The policy with only the hashes of the page's own inline scripts and styles. Astro lists every
 * inline script and style of the whole site on every page (about 1 KB of `/`); a hash of code that
 * is not on the page allows nothing there.
 */
export function keepOwnHashes(meta: string, html: string): string {
  const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const own = new Set([...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map((match) => sha256(match[1] ?? '')));
  return meta.replace(HASH_SOURCE, (source) => (own.has(source.trim()) ? source : ''));
}

/**
 * Returns the page with its CSP `<meta>`, keeping only the page's own hashes (keepOwnHashes), moved to just after `<meta charset>` (or the start of
 * `<head>`). A meta policy only governs what comes after it, and Astro writes it just before
 * `</head>`, after the layout's theme and anchor-alias scripts. Throws when the page has no policy
 * or more than one, so that no page ships outside the policy unnoticed.
 */
export function moveCspMetaFirst(html: string, file: string): string {
  const metas = html.match(CSP_META) ?? [];
  if (metas.length !== 1) throw new Error(`${file}: expected one CSP <meta>, found ${metas.length}.`);
  const [found] = metas as [string];
  const without = html.replace(found, '');
  const meta = keepOwnHashes(found, without);
  const anchor = without.match(CHARSET_META) ?? without.match(/<head(\s[^>]*)?>/i);
  if (!anchor || anchor.index === undefined) throw new Error(`${file}: no <meta charset> or <head> to put the CSP <meta> after.`);
  const at = anchor.index + anchor[0].length;
  return `${without.slice(0, at)}${meta}${without.slice(at)}`;
}

async function* htmlFiles(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** Puts every built page's CSP `<meta>` first in `<head>`. Registered before precompress, which must see the result. */
export default function cspMetaFirstIntegration(): AstroIntegration {
  return {
    name: 'raci-csp-meta-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          await writeFile(file, moveCspMetaFirst(html, path.relative(root, file)));
          count += 1;
        }
        logger.info(`Moved the CSP <meta> before every script in ${count} pages, with the hashes of each page's own inline code`);
      },
    },
  };
}
