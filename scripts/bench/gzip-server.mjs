// Serves a built site the way a plain web server with on-the-fly gzip does (nginx `gzip on;`
// without the Brotli module or `gzip_static`): the build's .br/.gz copies are ignored and every
// compressible response is gzipped as it is sent. The bench measures the site this way too, so its
// figures do not depend on a host that serves the precompressed copies.
// Usage: node scripts/bench/gzip-server.mjs <dir> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const [dir = 'dist', port = '4434'] = process.argv.slice(2);
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], brotli: false, gzip: false });
// Responses of 20 bytes or more are compressed, as nginx's `gzip_min_length` default.
const gzip = compression({ threshold: 20 });

createServer((req, res) => {
  // Only gzip, as a server without the Brotli module: compression would otherwise prefer br.
  const accepted = String(req.headers['accept-encoding'] ?? '');
  req.headers['accept-encoding'] = accepted.includes('gzip') ? 'gzip' : 'identity';
  gzip(req, res, () =>
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(path.join(dir, '404.html')));
    }),
  );
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${dir} with on-the-fly gzip at http://localhost:${port}/`);
});
