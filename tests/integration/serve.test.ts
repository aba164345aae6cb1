import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/** The serving scripts run as a user runs them: a process, its output and exit code. */
function run(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 10_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'raci-serve-'));
  folders.push(folder);
  return folder;
}

function tinySite(): string {
  const dir = tempFolder();
  mkdirSync(path.join(dir, '_astro'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>home</title><h1>Home</h1>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>404</title><h1>Page not found</h1>');
  writeFileSync(path.join(dir, 'data.csv'), 'a,b\n');
  writeFileSync(path.join(dir, '_astro', 'app.Hash123.js'), 'export {};');
  return dir;
}

const occupied: Server = createServer();
const busyPort = await new Promise<number>((resolve) =>
  occupied.listen(0, '127.0.0.1', () => resolve((occupied.address() as { port: number }).port)),
);
afterAll(() => occupied.close());

describe.each(['scripts/serve.mjs', 'scripts/nginx.mjs'])('%s', (script) => {
  test('a folder without a build: one line saying to build, exit 1, no stack trace', async () => {
    const empty = tempFolder();
    const result = await run(script, [empty, '0']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`No built site in ${empty}/ (no index.html): run npm run build first.`]);
  });

  test('a busy port: one line, exit 1, no stack trace', async () => {
    const result = await run(script, [tinySite(), String(busyPort)]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `Port ${busyPort} on 127.0.0.1 is already in use: stop the server using it, or choose another port (e.g. PORT=4322 npm start).`,
    ]);
  });
});

describe('scripts/serve.mjs serving a build', () => {
  let server: ChildProcess | undefined;
  afterAll(() => server?.kill());

  test('sends the shared headers, types and caching, and the 404 page with status 404', async () => {
    server = spawn(process.execPath, ['scripts/serve.mjs', tinySite(), '0']);
    const origin = await new Promise<string>((resolve, reject) => {
      server?.stdout?.on('data', (chunk: Buffer) => {
        const url = String(chunk).match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
        if (url) resolve(url);
      });
      server?.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    });
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toBe(
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(home.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(home.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(home.headers.get('permissions-policy')).toContain('camera=()');
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('cache-control')).toBe('no-cache');

    const csv = await fetch(`${origin}/data.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const script = await fetch(`${origin}/_astro/app.Hash123.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const missing = await fetch(`${origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await missing.text()).toContain('<h1>Page not found</h1>');
  });
});
