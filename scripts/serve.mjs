// Serves a built site folder as the production hosts do (deploy/nginx/raci.conf): the headers and
// types of src/config/http-policy.mjs, the precompressed .br/.gz copies, a folder's index.html
// with a redirect adding the trailing slash, and 404.html with status 404.
// Used by npm start, the browser tests and the bench. Usage: node scripts/serve.mjs <dir> <port> [base] [host]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { normalizedBase } from '../src/config/deploy-env.mjs';
import { contentTypeFor, notFoundPage, responseHeaders } from '../src/config/http-policy.mjs';
import { exitUnlessBuilt, portInUseMessage } from './lib/serve-checks.mjs';

/** @param {string} file */
function kind(file) {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A request handler for the build in `dir`, served under `base` (`/` or `/raci/`).
 * @param {{ dir: string, base?: string }} options
 * @returns {import('node:http').RequestListener}
 */
export function siteHandler({ dir, base = '/' }) {
  const root = path.resolve(dir);
  const prefix = normalizedBase(base);
  // sirv picks the .br or .gz copy the browser accepts and handles ETag and ranges; the file is
  // resolved here, the way nginx does. dev: files are looked up on each request (rebuilds show).
  const files = sirv(root, { dev: true, etag: true, extensions: [], brotli: true, gzip: true, dotfiles: false });

  /** Sends `file` (relative to root) with the site's headers, status from res.statusCode. */
  const send = (req, res, file, sitePath) => {
    for (const [name, value] of Object.entries(responseHeaders(sitePath))) res.setHeader(name, value);
    res.setHeader('Content-Type', contentTypeFor(file));
    req.url = `/${file.split('/').map(encodeURIComponent).join('/')}`;
    files(req, res, () => notFound(req, res));
  };

  /**
   * The not-found page of the address (a translation's under its folder, else 404.html; its
   * compressed copy when accepted) with status 404, as nginx's error_page does.
   */
  const notFound = (req, res, sitePath = '') => {
    const file = notFoundPage(sitePath);
    for (const [name, value] of Object.entries(responseHeaders(file))) res.setHeader(name, value);
    res.statusCode = 404;
    res.setHeader('Content-Type', contentTypeFor(file));
    res.setHeader('Vary', 'Accept-Encoding');
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const page = path.join(root, file);
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ]) {
      if (accepted.includes(encoding) && existsSync(page + suffix)) {
        res.setHeader('Content-Encoding', encoding);
        return res.end(readFileSync(page + suffix));
      }
    }
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res);
    }
    if (!pathname.startsWith(prefix)) return notFound(req, res);
    const sitePath = pathname.slice(prefix.length);
    const target = path.join(root, sitePath);
    if (target !== root && !target.startsWith(`${root}${path.sep}`)) return notFound(req, res);
    const found = kind(target);
    if (found === 'folder' && !pathname.endsWith('/')) {
      // Relative to the host, like nginx's `absolute_redirect off`.
      res.writeHead(301, { ...responseHeaders(sitePath), Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    const file = found === 'folder' ? path.join(sitePath, 'index.html') : sitePath;
    if (found === undefined || (found === 'folder' && kind(path.join(root, file)) !== 'file')) return notFound(req, res, sitePath);
    send(req, res, file.split(path.sep).join('/'), sitePath);
  };
}

/**
 * Serves the build until the process ends; one line and exit 1 on a missing build or a busy port.
 * @param {{ dir: string, port: number, base?: string, host?: string }} options
 */
export function serveSite({ dir, port, base = '/', host = '127.0.0.1' }) {
  exitUnlessBuilt(dir);
  const server = createServer(siteHandler({ dir, base }));
  server.on('error', (error) => {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    console.error(portInUseMessage(host, port));
    process.exit(1);
  });
  const shown = normalizedBase(base);
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(`Serving ${dir}/ at http://${host}:${actualPort}${shown} (headers as deployed; Ctrl+C stops)`);
  });
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'dist', port = '4321', base = '/', host = '127.0.0.1'] = process.argv.slice(2);
  serveSite({ dir, port: Number(port), base, host });
}
