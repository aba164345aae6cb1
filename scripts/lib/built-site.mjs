// Reads a built site folder: its files, and for each HTML page its ids, its links and whether it
// is a redirect page; its sitemap and its page templates. Shared by the link checker,
// `npm run ids:update`, the benchmark and the tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { normalizedBase } from '../../src/config/deploy-env.mjs';

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Attributes that make the browser fetch or navigate to a URL (meta tags give absolute URLs). */
const LINK_SELECTORS = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/**
 * @typedef {{ file: string, ids: Set<string>, links: string[], redirectTo: string | undefined }} BuiltHtml
 * @returns {{ files: Set<string>, html: Map<string, BuiltHtml> }}
 */
export function readBuiltSite(dir) {
  const files = new Set(listFiles(dir));
  const html = new Map();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const root = parse(readFileSync(path.join(dir, file), 'utf8'));
    const ids = new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
    for (const anchor of root.querySelectorAll('a[name]')) ids.add(anchor.getAttribute('name') ?? '');
    const links = LINK_SELECTORS.flatMap(([selector, attribute]) =>
      root.querySelectorAll(selector).map((element) => element.getAttribute(attribute) ?? ''),
    );
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const redirectTo = refresh ? refresh.replace(/^\s*\d+\s*;\s*url=/i, '').trim() : undefined;
    if (redirectTo !== undefined) links.push(redirectTo);
    html.set(file, { file, ids, links, redirectTo });
  }
  return { files, html };
}

/** `phases/x/index.html` → `/phases/x/`; undefined for files that are no page address (404.html). */
export function pagePath(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return undefined;
}

/**
 * The public pages of a build as the id checks see them: site paths without the base, their
 * public anchors (see isPublicAnchor), and the page a redirect page forwards to.
 */
export function builtPages(site, base, isPublicAnchor) {
  const prefix = normalizedBase(base);
  return [...site.html.values()].flatMap((page) => {
    const path = pagePath(page.file);
    if (path === undefined) return [];
    const target = page.redirectTo === undefined ? undefined : new URL(page.redirectTo, `http://site${prefix}${path.slice(1)}`).pathname;
    return [
      {
        path,
        anchors: target === undefined ? [...page.ids].filter(isPublicAnchor).sort() : [],
        redirectTo: target?.startsWith(prefix) ? `/${target.slice(prefix.length)}` : target,
      },
    ];
  });
}

/**
 * Paths (`/phases/x/`) of the pages a build lists in its sitemap: `sitemap-index.xml` and the
 * sitemaps it names, or a single `sitemap.xml`. Empty when the build has no sitemap.
 */
export function sitemapPaths(dir) {
  const read = (name) => {
    try {
      return readFileSync(path.join(dir, name), 'utf8');
    } catch {
      return '';
    }
  };
  const locs = (xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const index = read('sitemap-index.xml');
  const xml = index
    ? locs(index)
        .map((sitemap) => read(path.basename(sitemap)))
        .join('\n')
    : read('sitemap.xml');
  return locs(xml);
}

/**
 * The page templates of the site: pages of one template are rendered by the same code from data of
 * the same shape, so what a structural check (axe, layout, Lighthouse) finds on one it finds on
 * all. Ordered from the most specific pattern to the least.
 * @type {readonly [name: string, pattern: RegExp][]}
 */
const TEMPLATES = [
  ['full matrix', /^\/$/],
  ['search', /^\/search\/$/],
  ['phase', /^\/phases\/[^/]+\/$/],
  ['section', /^\/sections\/[^/]+\/$/],
  ['party checklist', /^\/parties\/[^/]+\/checklist\/$/],
  ['party view', /^\/parties\/[^/]+\/$/],
  ['party role', /^\/parties\/[^/]+\/[^/]+\/$/],
  ['changes', /^\/changes\/$/],
  ['release changes', /^\/changes\/[^/]+\/$/],
  ['guides', /^\/guides\/$/],
  ['guide', /^\/guides\/[^/]+\/$/],
];

/**
 * The template of a page path; throws for a page no template matches, so a new kind of page is never
 * skipped. A translation's page (`/fr/phases/x/`) is a template of its own, `phase (fr)`: the same
 * code with other words, checked apart from the primary edition's.
 * @param {string} pagePath
 * @returns {string}
 */
export function templateOf(pagePath) {
  const match = (sitePath) => TEMPLATES.find(([, pattern]) => pattern.test(sitePath))?.[0];
  const translation = /^\/([a-z]{2,3})(\/.*)$/.exec(pagePath);
  const template = match(pagePath) ?? (translation && match(translation[2] ?? '') && `${match(translation[2] ?? '')} (${translation[1]})`);
  if (!template) throw new Error(`${pagePath} matches no page template: add its template to scripts/lib/built-site.mjs`);
  return template;
}

/**
 * One page per template of a build's sitemap: the largest built page of each, the one with the
 * most to check, in sitemap order.
 * @param {string} dir  the build folder
 * @returns {string[]}
 */
export function pagePerTemplate(dir) {
  const size = (pagePath) => statSync(path.join(dir, pagePath, 'index.html')).size;
  const largest = new Map();
  for (const pagePath of sitemapPaths(dir)) {
    const template = templateOf(pagePath);
    const current = largest.get(template);
    if (current === undefined || size(pagePath) > size(current)) largest.set(template, pagePath);
  }
  return [...largest.values()];
}
