import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { deployFiles } from '../../scripts/deploy-config.mjs';
import { findOrProvisionNginx, rewriteServerBlock } from '../../scripts/nginx.mjs';
import { cacheControlFor, contentTypeFor, nginxConfig, SECURITY_HEADERS, staticHostHeaders } from '../../src/config/http-policy.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';

test('the committed deploy files are what src/config/http-policy.mjs generates', () => {
  for (const [file, generated] of Object.entries(deployFiles())) {
    const committed = readFileSync(`deploy/${file}`, 'utf8');
    expect(committed === generated, `deploy/${file} is stale: run npm run deploy:config`).toBe(true);
  }
});

test('types: by extension, UTF-8 said for text, Atom for the changes feed, bytes otherwise', () => {
  expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeFor('phases/3/index.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeFor('exports/raci-matrix.csv')).toBe('text/csv; charset=utf-8');
  expect(contentTypeFor('exports/raci-matrix.json')).toBe('application/json');
  expect(contentTypeFor('exports/raci-matrix.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(contentTypeFor('changes.xml')).toBe('application/atom+xml');
  expect(contentTypeFor('sitemap-index.xml')).toBe('application/xml');
  expect(contentTypeFor('pagefind/pagefind.en_2571.pf_meta')).toBe('application/octet-stream');
  expect(contentTypeFor('_astro/a.B1.js')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeFor('README')).toBe('application/octet-stream');
});

test('caching: hashed names for a year, everything else revalidated', () => {
  expect(cacheControlFor('_astro/a.B1.js')).toBe(IMMUTABLE);
  expect(cacheControlFor('pagefind/fragment/en_1.pf_fragment')).toBe(IMMUTABLE);
  expect(cacheControlFor('pagefind/index/en_1.pf_index')).toBe(IMMUTABLE);
  expect(cacheControlFor('pagefind/filter/en_1.pf_filter')).toBe(IMMUTABLE);
  expect(cacheControlFor('pagefind/pagefind.en_2571.pf_meta')).toBe(IMMUTABLE);
  for (const path of [
    '',
    'phases/3/',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'exports/raci-matrix.csv',
  ]) {
    expect(cacheControlFor(path), path).toBe('no-cache');
  }
});

/** `location … { … }` blocks of a generated server block, with the text between the braces. */
function locations(config: string): { match: string; body: string }[] {
  return [...config.matchAll(/^ {4}location ([^{]+) \{\n([\s\S]*?)^ {4}\}$/gm)].map((found) => ({
    match: (found[1] ?? '').trim(),
    body: found[2] ?? '',
  }));
}

describe.each(['/', '/raci/'])('nginx server block for base %s', (base) => {
  const config = nginxConfig({ base });

  test('every location sends every header, always (an add_header in a location drops the server-level ones)', () => {
    const blocks = locations(config);
    expect(blocks.length).toBeGreaterThan(5);
    for (const { match, body } of blocks) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(body, match).toContain(`add_header ${name} "${value}" always;`);
      expect(body, match).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
    // None outside the locations, where a location's own add_header would silently drop it.
    const outside = locations(config).reduce((text, { body }) => text.replace(body, ''), config);
    const directives = outside.split('\n').filter((line) => !line.trim().startsWith('#'));
    expect(directives.filter((line) => line.includes('add_header'))).toEqual([]);
  });

  test('the site, its 404 page and its hashed folders are under the base', () => {
    expect(config).toContain(`error_page 404 ${base}404.html;`);
    expect(config).toMatch(/^ {4}listen 8080;$/m);
    expect(config).toMatch(/^ {4}root \/srv\/raci;$/m);
    const matches = locations(config).map(({ match }) => match);
    expect(matches).toContain(base);
    // Besides the catch-all that sends the 404 page, every location is under the base.
    expect(matches.filter((match) => match !== '/' || base === '/').filter((match) => !match.includes(base))).toEqual([]);
    expect(matches).toContain(`^~ ${base}_astro/`);
    expect(matches).toContain(`= ${base}changes.xml`);
  });

  test('types: spreadsheets, the Atom feed, Pagefind files, UTF-8 text', () => {
    expect(config).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx;');
    expect(locations(config).find(({ match }) => match === `= ${base}changes.xml`)?.body).toContain('default_type application/atom+xml;');
    for (const extension of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind']) {
      expect(config).toContain(`application/octet-stream ${extension};`);
    }
    expect(config).toMatch(/charset_types [^;]*text\/csv[^;]*;/);
  });
});

test('nginx.mjs rewrites the shipped listen and root lines, and only those', () => {
  const shipped = nginxConfig();
  const rewritten = rewriteServerBlock(shipped, { listen: '127.0.0.1:4711', root: '/tmp/site' });
  expect(rewritten).toContain('\n    listen 127.0.0.1:4711;\n');
  expect(rewritten).toContain('\n    root /tmp/site;\n');
  expect(rewritten.split('\n').filter((line, index) => line !== shipped.split('\n')[index])).toHaveLength(2);
  expect(() => rewriteServerBlock(shipped.replace('listen 8080;', 'listen 80;'), { listen: 'x', root: 'y' })).toThrow(
    'deploy/nginx/raci.conf must have one "listen 8080;" line, found 0.',
  );
});

test('nginx.mjs: an NGINX_PATH that is not an executable stops with how to get nginx and its Brotli module', () => {
  const before = process.env['NGINX_PATH'];
  process.env['NGINX_PATH'] = '/nonexistent/nginx';
  try {
    expect(() => findOrProvisionNginx()).toThrow(
      /NGINX_PATH=\/nonexistent\/nginx is not an executable file\.\n.*apt-get install -y nginx libnginx-mod-http-brotli-static/s,
    );
  } finally {
    if (before === undefined) delete process.env['NGINX_PATH'];
    else process.env['NGINX_PATH'] = before;
  }
});

/**
 * What a host reading `_headers` sends for a path: every rule whose pattern matches (`*` matches
 * the rest of the path), the values of a header given twice joined with ", " (as Netlify and
 * Cloudflare Pages do).
 */
function headersFromFile(file: string, path: string): Record<string, string> {
  const sent: Record<string, string> = {};
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      matches = line.endsWith('*') ? path.startsWith(line.slice(0, -1)) : path === line;
      continue;
    }
    if (!matches) continue;
    const [name = '', ...value] = line.trim().split(': ');
    sent[name] = sent[name] ? `${sent[name]}, ${value.join(': ')}` : value.join(': ');
  }
  return sent;
}

test.each(['/', '/raci/'])('_headers for base %s: the security headers everywhere, a year for hashed folders only', (base) => {
  const file = staticHostHeaders({ base });
  for (const path of ['', 'phases/3/', 'exports/raci-matrix.csv', 'pagefind/pagefind.js']) {
    expect(headersFromFile(file, `${base}${path}`), path).toEqual(SECURITY_HEADERS);
  }
  for (const path of ['_astro/a.B1.js', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/index/en_1.pf_index']) {
    expect(headersFromFile(file, `${base}${path}`), path).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': IMMUTABLE });
  }
});
