// @ts-check
// The HTTP side of the site, in one place: the headers every response carries, how long each kind
// of file may be cached, and the type of each file. Read by scripts/serve.mjs (npm start and the
// browser tests) and by scripts/deploy-config.mjs, which writes the deployer's files
// (deploy/nginx/raci.conf, deploy/_headers). Plain JavaScript so that Node scripts, the Astro
// config and the tests can all import it without a build step.
import { normalizedBase } from './deploy-env.mjs';

/**
 * The CSP header carries only what needs no per-build hash; the page's `<meta>` carries the full
 * hashed policy, and the browser enforces both. `frame-ancestors` cannot be set by a `<meta>`.
 */
export const CSP_HEADER = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Powerful features the site never uses, denied to it and to anything that might get injected.
 * Not listed: clipboard-write (the copy-link buttons), clipboard-read (left to the browser's own
 * permission prompt; the browser tests read back a copied link). Only features Chromium knows:
 * an unknown name is logged as a console error, which the browser tests would report.
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
];

/** Headers sent with every response: pages, assets, redirects and 404s. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CSP_HEADER,
  // Types are declared below; the browser must not guess another (e.g. run a CSV as a script).
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn the origin a visitor came from, never the page (nor its #role filters).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  // A page opened from here, or opening this site, gets no handle on the other window.
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Two years of HTTPS only, for the host and its sub-domains (ignored over plain HTTP).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
});

/** Files whose name changes with their content: cached for a year, never revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, exports, sitemaps, Pagefind's entry files): asked again each time, 304 when unchanged. */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * @typedef {{ prefix: string, why: string } | { folder: string, suffix: string, why: string }} ImmutableRule
 * Paths relative to the site's base, without a leading slash. `prefix`: everything under that
 * folder; `folder` + `suffix`: files directly in the folder whose name ends so.
 */
/** @type {readonly ImmutableRule[]} */
export const IMMUTABLE_PATHS = [
  { prefix: '_astro/', why: "Vite's bundles: content hash in the name" },
  { prefix: 'pagefind/fragment/', why: 'Pagefind fragments: en_<hash>.pf_fragment' },
  { prefix: 'pagefind/index/', why: 'Pagefind index chunks: en_<hash>.pf_index' },
  { prefix: 'pagefind/filter/', why: 'Pagefind filters: en_<hash>.pf_filter' },
  // pagefind.js, pagefind-entry.json (which names the current .pf_meta) and wasm.<lang>.pagefind
  // keep their names from one build to the next, so they are revalidated.
  { folder: 'pagefind/', suffix: '.pf_meta', why: 'Pagefind metadata: pagefind.en_<hash>.pf_meta' },
];

/**
 * Content type of each file extension of the build. `charset`: text that is UTF-8 and says so.
 * @type {Readonly<Record<string, { type: string, charset?: true }>>}
 */
export const MIME_TYPES = Object.freeze({
  html: { type: 'text/html', charset: true },
  css: { type: 'text/css', charset: true },
  js: { type: 'text/javascript', charset: true },
  mjs: { type: 'text/javascript', charset: true },
  txt: { type: 'text/plain', charset: true },
  csv: { type: 'text/csv', charset: true },
  json: { type: 'application/json' },
  webmanifest: { type: 'application/manifest+json' },
  xml: { type: 'application/xml' },
  atom: { type: 'application/atom+xml' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pdf: { type: 'application/pdf' },
  svg: { type: 'image/svg+xml' },
  png: { type: 'image/png' },
  jpg: { type: 'image/jpeg' },
  webp: { type: 'image/webp' },
  avif: { type: 'image/avif' },
  ico: { type: 'image/x-icon' },
  woff2: { type: 'font/woff2' },
  wasm: { type: 'application/wasm' },
  // Pagefind's index files are gzip data that its script fetches and unpacks itself: plain bytes,
  // sent without Content-Encoding.
  pagefind: { type: 'application/octet-stream' },
  pf_meta: { type: 'application/octet-stream' },
  pf_index: { type: 'application/octet-stream' },
  pf_fragment: { type: 'application/octet-stream' },
  pf_filter: { type: 'application/octet-stream' },
});

/** Files whose type their extension does not tell, by path relative to the base. */
export const PATH_TYPES = Object.freeze({ 'changes.xml': 'application/atom+xml', 'fr/changes.xml': 'application/atom+xml' });

/**
 * The translations' folders of the site (the French edition is under /fr/): an unknown address
 * under one gets that edition's not-found page, `<lang>/404/index.html`.
 */
export const TRANSLATIONS = Object.freeze(['fr']);

/** The not-found page of a site path: its translation's, or the site's `404.html`. */
export function notFoundPage(/** @type {string} */ sitePath) {
  const lang = TRANSLATIONS.find((candidate) => sitePath.startsWith(`${candidate}/`));
  return lang ? `${lang}/404/index.html` : '404.html';
}

/** For anything else: bytes the browser will not interpret (with nosniff). */
export const DEFAULT_TYPE = 'application/octet-stream';

const withCharset = (/** @type {{ type: string, charset?: true }} */ entry) =>
  entry.charset ? `${entry.type}; charset=utf-8` : entry.type;

/**
 * Content-Type of a file of the build, from its path relative to the build folder
 * (`exports/raci-matrix.csv`, `phases/3/index.html`).
 * @param {string} file
 */
export function contentTypeFor(file) {
  const relative = file.replace(/^\/+/, '');
  const byPath = PATH_TYPES[/** @type {keyof typeof PATH_TYPES} */ (relative)];
  if (byPath) return byPath;
  const extension = relative.slice(relative.lastIndexOf('.') + 1).toLowerCase();
  const entry = relative.includes('.') ? MIME_TYPES[extension] : undefined;
  return entry ? withCharset(entry) : DEFAULT_TYPE;
}

/**
 * Cache-Control for a site path relative to the base (`_astro/x.js`, `phases/3/`).
 * @param {string} sitePath
 */
export function cacheControlFor(sitePath) {
  const relative = sitePath.replace(/^\/+/, '');
  const immutable = IMMUTABLE_PATHS.some((rule) =>
    'prefix' in rule
      ? relative.startsWith(rule.prefix)
      : relative.startsWith(rule.folder) && !relative.slice(rule.folder.length).includes('/') && relative.endsWith(rule.suffix),
  );
  return immutable ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Every header a response for this site path (relative to the base) carries, except its type.
 * @param {string} sitePath
 * @returns {Record<string, string>}
 */
export function responseHeaders(sitePath) {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControlFor(sitePath) };
}

const GENERATED = 'Generated by `npm run deploy:config` from src/config/http-policy.mjs: change that module, not this file.';

/**
 * deploy/nginx/raci.conf: one `server` block serving the build as the tests serve it.
 * @param {{ base?: string }} [options] base: the BASE_PATH the site was built with
 */
export function nginxConfig({ base = '/' } = {}) {
  const at = normalizedBase(base);
  const regexBase = at.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const headerLines = (/** @type {string} */ cache) =>
    Object.entries({ ...SECURITY_HEADERS, 'Cache-Control': cache }).map(([name, value]) => `        add_header ${name} "${value}" always;`);
  const location = (/** @type {string} */ match, /** @type {string} */ cache, /** @type {string[]} */ extra = []) =>
    [`    location ${match} {`, ...extra.map((line) => `        ${line}`), ...headerLines(cache), '    }'].join('\n');
  const immutable = IMMUTABLE_PATHS.map((rule) =>
    'prefix' in rule
      ? `    # ${rule.why}\n${location(`^~ ${at}${rule.prefix}`, CACHE_IMMUTABLE)}`
      : `    # ${rule.why}\n${location(`~ ^${regexBase}${rule.folder.replace(/[.]/g, '\\.')}[^/]+${rule.suffix.replace(/[.]/g, '\\.')}$`, CACHE_IMMUTABLE)}`,
  );
  const byPath = Object.entries(PATH_TYPES).map(([file, type]) =>
    location(`= ${at}${file}`, CACHE_REVALIDATE, ['types { }', `default_type ${type};`]),
  );
  // nginx always includes text/html in charset_types (listing it again draws a warning).
  const charsetTypes = [
    ...new Set(Object.values(MIME_TYPES).flatMap((entry) => (entry.charset && entry.type !== 'text/html' ? [entry.type] : []))),
  ];
  const types = Object.entries(MIME_TYPES).map(([extension, entry]) => `        ${entry.type} ${extension};`);
  const translations = TRANSLATIONS.map(
    (lang) =>
      `    # The ${lang} edition: its own not-found page.\n${location(`^~ ${at}${lang}/`, CACHE_REVALIDATE, [`error_page 404 ${at}${notFoundPage(`${lang}/`)};`])}`,
  );
  const outsideBase =
    at === '/'
      ? []
      : [
          '',
          `    # Only ${at} is the site: anything else gets its 404 page (and nothing else from the parent folder).`,
          location('/', CACHE_REVALIDATE, ['return 404;']),
        ];
  return `# nginx server block for the static site built in dist/${at === '/' ? '' : ` with BASE_PATH=${at}`}.
# ${GENERATED}
# Include it in nginx's http { } block (e.g. copy it to /etc/nginx/conf.d/). It needs the
# brotli_static module (Debian/Ubuntu: apt-get install nginx libnginx-mod-http-brotli-static).
server {
    # Edit: the address to listen on (behind TLS, or "listen 443 ssl;" with your certificates:
    # browsers ignore HSTS over plain HTTP).
    listen 8080;
    # Edit: ${at === '/' ? 'the folder holding the build (the contents of dist/).' : `the folder above the build: copy dist/ to <this folder>${at}.`}
    root /srv/raci;

    server_tokens off;
    # Pages are folders (build.format "directory", trailingSlash "always"): a folder's index.html,
    # and a relative redirect adding the slash to a folder address without one.
    index index.html;
    absolute_redirect off;
    error_page 404 ${at}404.html;

    # The build writes .br and .gz copies beside every text file of at least 1 KB.
    brotli_static on;
    gzip_static on;
    gzip_vary on;

    charset utf-8;
    charset_types ${charsetTypes.join(' ')};
    default_type ${DEFAULT_TYPE};
    types {
${types.join('\n')}
    }

    # Every location lists every header: a location with its own add_header drops the server's.
    # "always" sends them with 404s and redirects too.
${location(at, CACHE_REVALIDATE)}

${immutable.join('\n\n')}

${translations.join('\n\n')}

${byPath.join('\n\n')}${outsideBase.join('\n')}
}
`;
}

/**
 * deploy/_headers, for static hosts that read that format (Netlify, Cloudflare Pages).
 * @param {{ base?: string }} [options] base: the BASE_PATH the site was built with
 */
export function staticHostHeaders({ base = '/' } = {}) {
  const at = normalizedBase(base);
  const block = (/** @type {string} */ path, /** @type {Record<string, string>} */ headers) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const immutable = IMMUTABLE_PATHS.flatMap((rule) =>
    'prefix' in rule ? [block(`${at}${rule.prefix}*`, { 'Cache-Control': CACHE_IMMUTABLE })] : [],
  );
  return `# ${GENERATED}
# Headers for static hosts that read a _headers file: copy it into the published folder.
# Cache-Control: hashed folders are immutable; every other file keeps the host's default
# revalidation (a Cache-Control under ${at}* would be joined to the immutable one). Pagefind's
# pagefind.<hash>.pf_meta is left to revalidation too: this format cannot match it by suffix.
${block(`${at}*`, SECURITY_HEADERS)}
${immutable.join('\n')}
`;
}
