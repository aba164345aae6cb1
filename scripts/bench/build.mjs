// Builds the site the way `npm run build` does, with a chosen content folder and output folder,
// and measures what the build produced.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

// The Astro CLI is run with this very Node (the project's Node 24 under `npm run bench`), not
// through npx, so its start-up cost is not counted in the build time.
const ASTRO_CLI = path.resolve('node_modules/astro/bin/astro.mjs');
const CPU_TIME_PRELOAD = path.resolve('scripts/bench/cpu-time.mjs');

/**
 * The Pagefind integration (src/integrations/pagefind.ts) logs one line such as
 * `[raci-pagefind] Indexed 79 activities and 42 pages into dist/pagefind in 812 ms`; its time is
 * part of the `astro build` wall time, which is measured as a whole. No such line → "n/a".
 */
const PAGEFIND_LINE = /\[raci-pagefind\].*? in (\d+(?:\.\d+)?) ms/;
/** Printed by cpu-time.mjs when the build process exits. */
const CPU_LINE = /\[bench\] cpu (\d+) ms/;
/** Astro's own summary, e.g. "6 page(s) built in 1.10s", reported for reference. */
const ASTRO_SUMMARY = /(\d+) page\(s\) built in (\d+(?:\.\d+)?)(m?s)/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are control characters.
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

export function parseBuildLog(log) {
  const text = stripAnsi(log);
  const pagefind = PAGEFIND_LINE.exec(text);
  const summary = ASTRO_SUMMARY.exec(text);
  const cpu = CPU_LINE.exec(text);
  return {
    cpuMs: cpu ? Number(cpu[1]) : null,
    pagefindMs: pagefind ? Number(pagefind[1]) : null,
    pages: summary ? Number(summary[1]) : null,
    astroReportedMs: summary ? Number(summary[2]) * (summary[3] === 's' ? 1000 : 1) : null,
  };
}

/** Runs `astro build` once; rejects with the build's output if it fails. */
export function astroBuild({ contentDir, outDir }) {
  const env = {
    ...process.env,
    RACI_CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    // The bench pages are served at the root of localhost whatever the deployment settings are.
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(CPU_TIME_PRELOAD).href, ASTRO_CLI, 'build'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) reject(new Error(`astro build (${contentDir} → ${outDir}) failed with code ${code}:\n${log}`));
      else resolve({ wallMs, ...parseBuildLog(log) });
    });
  });
}

/** Every file under `dir`, recursively; [] when it does not exist. */
export function listFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Total size of the files under `dir` in bytes, or null when the folder does not exist. */
export function folderBytes(dir) {
  try {
    if (!statSync(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  return listFiles(dir).reduce((total, file) => total + statSync(file).size, 0);
}

export const gzipBytes = (buffer) => gzipSync(buffer).length;

/** The biggest HTML page of a build: its route, raw bytes and gzip bytes. */
export function largestPage(distDir) {
  const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
  const largest = pages.map((file) => ({ file, raw: statSync(file).size })).sort((a, b) => b.raw - a.raw)[0];
  if (!largest) return null;
  const route = `/${path.relative(distDir, largest.file).replace(/index\.html$/, '')}`;
  return { route, raw: largest.raw, gzip: gzipBytes(readFileSync(largest.file)) };
}
