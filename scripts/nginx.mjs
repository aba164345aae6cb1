// Serves a build through nginx and the SHIPPED deploy/nginx/raci.conf (only its `listen` and
// `root` lines rewritten), so that the browser tests check the file a deployer copies. Runs in the
// foreground without needing privileges: its own main config, pid, log and temp paths in a temp
// folder, `daemon off` so that Playwright's webServer owns the process.
//   node scripts/nginx.mjs <dist> <port> [base]     (Ctrl+C or SIGTERM stops it)
// Under a base path (e.g. /raci/) it serves the server block `npm run deploy:config -- --base=<base>`
// writes, with root the folder above the build, as the README describes.
// Also finds nginx and its Brotli module for `npm test`, installing Debian's packages when it can.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizedBase } from '../src/config/deploy-env.mjs';
import { nginxConfig } from '../src/config/http-policy.mjs';
import { findOrInstallDebianPackages, isExecutable } from './lib/executables.mjs';
import { exitIfPortBusy, exitUnlessBuilt } from './lib/serve-checks.mjs';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
const BROTLI_MODULE = 'ngx_http_brotli_static_module.so';
export const SHIPPED_CONFIG = 'deploy/nginx/raci.conf';

const HOW_TO_GET_IT = `nginx with the Brotli static module is needed to test the site behind a real web server. Install them, then run the command again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y nginx libnginx-mod-http-brotli-static
  - or point NGINX_PATH at an nginx that has ngx_brotli's static module (built in, or ${BROTLI_MODULE} in its modules folder)`;

/**
 * nginx, and the brotli_static module to load (undefined when compiled in); undefined when either
 * is missing.
 * @returns {{ binary: string, brotliModule: string | undefined } | undefined}
 */
export function findNginx() {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv && !isExecutable(fromEnv)) throw new Error(`NGINX_PATH=${fromEnv} is not an executable file.\n${HOW_TO_GET_IT}`);
  const binary = fromEnv || CANDIDATES.find(isExecutable);
  if (!binary) return undefined;
  // `nginx -V` prints how it was built (on stderr), including where its modules are.
  const { stdout, stderr } = spawnSync(binary, ['-V'], { encoding: 'utf8' });
  const built = `${stdout}${stderr}`;
  if (/--add-module=\S*brotli/.test(built)) return { binary, brotliModule: undefined };
  const prefix = built.match(/--prefix=(\S+)/)?.[1] ?? '/usr/share/nginx';
  const modulesPath = built.match(/--modules-path=(\S+)/)?.[1] ?? path.join(prefix, 'modules');
  const brotliModule = path.join(modulesPath, BROTLI_MODULE);
  return existsSync(brotliModule) ? { binary, brotliModule } : undefined;
}

/** Finds nginx and brotli_static, or installs Debian's packages when running as root with apt (as in CI). */
export function findOrProvisionNginx() {
  return findOrInstallDebianPackages({
    find: findNginx,
    missing: 'nginx or its Brotli module',
    packages: ['nginx', 'libnginx-mod-http-brotli-static'],
    howToGetIt: HOW_TO_GET_IT,
  });
}

/**
 * The shipped server block with its `listen 8080;` and `root /srv/raci;` lines rewritten, and
 * nothing else: throws when either line is not there exactly once.
 * @param {string} serverBlock
 * @param {{ listen: string, root: string }} replacements
 */
export function rewriteServerBlock(serverBlock, { listen, root }) {
  let text = serverBlock;
  for (const [directive, shipped, value] of [
    ['listen', '8080', listen],
    ['root', '/srv/raci', root],
  ]) {
    const line = new RegExp(`^(\\s*)${directive} ${shipped.replace(/[/.]/g, '\\$&')};$`, 'gm');
    const count = text.match(line)?.length ?? 0;
    if (count !== 1) throw new Error(`${SHIPPED_CONFIG} must have one "${directive} ${shipped};" line, found ${count}.`);
    text = text.replace(line, `$1${directive} ${value};`);
  }
  return text;
}

/**
 * nginx's main config for an unprivileged run in `folder`: every path absolute, in that folder.
 * @param {{ folder: string, serverBlockFile: string, brotliModule: string | undefined }} options
 */
export function mainConfig({ folder, serverBlockFile, brotliModule }) {
  const at = (/** @type {string} */ name) => path.join(folder, name);
  return `daemon off;
worker_processes 1;
pid ${at('nginx.pid')};
error_log stderr warn;
${process.getuid?.() === 0 ? '# As root, workers keep its identity so that they can read the build wherever it is.\nuser root;\n' : ''}${
  // Debian's modules-enabled/*.conf name the module relative to nginx's prefix, which -p replaces: load it by its full path.
  brotliModule ? `load_module ${brotliModule};\n` : ''
}events {
    worker_connections 256;
}
http {
    access_log off;
    # The 404 tests ask for missing files on purpose.
    log_not_found off;
    sendfile on;
    client_body_temp_path ${at('client_body')};
    proxy_temp_path ${at('proxy')};
    fastcgi_temp_path ${at('fastcgi')};
    uwsgi_temp_path ${at('uwsgi')};
    scgi_temp_path ${at('scgi')};
    include ${serverBlockFile};
}
`;
}

/** Serves `dist` on 127.0.0.1:`port` until stopped; removes its temp folder on the way out. */
async function serveThroughNginx(dist, port, base) {
  exitUnlessBuilt(dist);
  await exitIfPortBusy('127.0.0.1', port);
  let nginx;
  try {
    nginx = findNginx();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (!nginx) {
    console.error(HOW_TO_GET_IT);
    process.exit(1);
  }
  const prefix = normalizedBase(base);
  const folder = mkdtempSync(path.join(tmpdir(), 'raci-nginx-'));
  // At the root, the build is the root; under a base, the root is the folder above it.
  let root = path.resolve(dist);
  if (prefix !== '/') {
    root = path.join(folder, 'www');
    const mountPoint = path.join(root, prefix);
    mkdirSync(path.dirname(mountPoint), { recursive: true });
    symlinkSync(path.resolve(dist), mountPoint.replace(/\/$/, ''));
  }
  const shipped = prefix === '/' ? readFileSync(SHIPPED_CONFIG, 'utf8') : nginxConfig({ base: prefix });
  const serverBlockFile = path.join(folder, 'raci.conf');
  writeFileSync(serverBlockFile, rewriteServerBlock(shipped, { listen: `127.0.0.1:${port}`, root }));
  writeFileSync(path.join(folder, 'nginx.conf'), mainConfig({ folder, serverBlockFile, brotliModule: nginx.brotliModule }));

  const child = spawn(nginx.binary, ['-e', 'stderr', '-p', folder, '-c', path.join(folder, 'nginx.conf')], { stdio: 'inherit' });
  console.log(
    `Serving ${dist}/ through nginx (${prefix === '/' ? SHIPPED_CONFIG : `deploy:config --base=${prefix}`}) at http://127.0.0.1:${port}${prefix}`,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    rmSync(folder, { recursive: true, force: true });
    process.exit(code ?? (signal === 'SIGTERM' ? 0 : 1));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist = 'dist', port = '4380', base = '/'] = process.argv.slice(2);
  await serveThroughNginx(dist, Number(port), base);
}
