// Serves a built site folder the way a static host does: files, directory index.html, and the
// site's 404.html with status 404. Usage: node scripts/serve.mjs <dir> <port> [base]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
const prefix = base.endsWith('/') ? base : `${base}/`;
// Serves the build's precompressed .br/.gz copies to browsers that accept them, as a static host does.
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true });

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  try {
    res.end(readFileSync(path.join(dir, '404.html')));
  } catch {
    res.end('Not found');
  }
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(prefix)) return notFound(res);
  req.url = `/${url.pathname.slice(prefix.length)}${url.search}`;
  files(req, res, () => notFound(res));
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir} at http://localhost:${port}${prefix}`);
});
