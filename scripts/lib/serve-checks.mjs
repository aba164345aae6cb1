// What the serving scripts (serve.mjs, nginx.mjs, npm start) check before serving, each failure
// told in one line with what to do, and no stack trace.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** Exits 1 when `dir` holds no built site. */
export function exitUnlessBuilt(dir) {
  if (existsSync(path.join(dir, 'index.html'))) return;
  console.error(`No built site in ${dir}/ (no index.html): run npm run build first.`);
  process.exit(1);
}

/** The line printed when the port is taken. */
export function portInUseMessage(host, port) {
  return `Port ${port} on ${host} is already in use: stop the server using it, or choose another port (e.g. PORT=4322 npm start).`;
}

/** Exits 1 when something already listens on host:port (for servers that are not Node's own). */
export async function exitIfPortBusy(host, port) {
  const busy = await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
  if (!busy) return;
  console.error(portInUseMessage(host, port));
  process.exit(1);
}
