// `npm test`: every check, in the order a failure is cheapest to find. Runs all steps, then prints
// one summary line ("N passed, N failed") and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findOrProvisionChromium } from './chromium.mjs';
import { findOrProvisionNginx } from './nginx.mjs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let chromium;
let nginx;
try {
  chromium = findOrProvisionChromium();
  nginx = findOrProvisionNginx();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium, ASTRO_TELEMETRY_DISABLED: '1' };

// A second build under a sub-path checks that every link, asset and redirect honours the base.
const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4399);
const underBase = { BASE_PATH: '/raci/', OUT_DIR: `${outDir}-base`, E2E_PORT: String(port + 1) };
// The same browser checks behind nginx and the shipped deploy/nginx/raci.conf, on their own ports.
const behindNginx = { E2E_PORT: String(port + 2) };
const behindNginxUnderBase = { ...underBase, E2E_PORT: String(port + 3) };
const nginxTests = ['playwright', 'test', '--config', 'playwright.nginx.config.ts'];
const builtChecks = (report) => [
  'vitest',
  'run',
  '--config',
  'vitest.built.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/${report}.json`,
];
// A fixture whose content changed over three releases: change pages, markers, the feed.
const evolving = {
  RACI_CONTENT_DIR: 'tests/fixtures/evolving-content',
  OUT_DIR: 'dist-evolving',
  E2E_SUITE: 'evolving',
  E2E_PORT: String(port + 4),
};

/** [name, npx command, extra environment, steps that must have passed first] */
const steps = [
  ['unit tests', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/unit.json`]],
  ['type check', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['lint', ['biome', 'check', '.']],
  ['build', ['astro', 'build']],
  ['built-site checks', builtChecks('built'), {}, ['build']],
  ['html validation', ['html-validate', `${outDir}/**/*.html`], {}, ['build']],
  ['Nu HTML checker', ['node', 'scripts/nu-check.mjs'], {}, ['build']],
  ['links', ['node', 'scripts/check-links.mjs'], {}, ['build']],
  ['browser tests', ['playwright', 'test'], {}, ['build']],
  ['browser tests behind nginx', nginxTests, behindNginx, ['build']],
  ['build under /raci/', ['astro', 'build'], underBase],
  ['built-site checks under /raci/', builtChecks('built-base'), underBase, ['build under /raci/']],
  ['links under /raci/', ['node', 'scripts/check-links.mjs'], underBase, ['build under /raci/']],
  ['browser tests under /raci/', ['playwright', 'test'], underBase, ['build under /raci/']],
  ['browser tests behind nginx under /raci/', nginxTests, behindNginxUnderBase, ['build under /raci/']],
  ['build of the evolving fixture', ['astro', 'build'], evolving],
  ['html validation of the evolving fixture', ['html-validate', 'dist-evolving/**/*.html'], evolving, ['build of the evolving fixture']],
  ['links of the evolving fixture', ['node', 'scripts/check-links.mjs'], evolving, ['build of the evolving fixture']],
  ['browser tests of the evolving fixture', ['playwright', 'test'], evolving, ['build of the evolving fixture']],
];

const failed = [];
for (const [name, command, extraEnv = {}, needs = []] of steps) {
  if (needs.some((step) => failed.includes(step))) {
    failed.push(name);
    continue;
  }
  console.log(`\n▶ ${name}: ${command.join(' ')}`);
  const started = performance.now();
  const run = spawnSync('npx', command, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (run.status !== 0) failed.push(name);
  console.log(`◀ ${name}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}
const readVitest = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests });
const readE2e = (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky });
const reports = [
  counts(`${results}/unit.json`, readVitest),
  ...['built', 'built-base'].map((name) => counts(`${results}/${name}.json`, readVitest)),
  ...['e2e', 'e2e-base', 'e2e-nginx', 'e2e-nginx-base', 'e2e-evolving'].map((name) => counts(`${results}/${name}.json`, readE2e)),
];
const total = (key) => reports.reduce((sum, report) => sum + report[key], 0);

console.log(`\nchromium: ${chromium}`);
console.log(`nginx: ${nginx.binary}${nginx.brotliModule ? ` with ${nginx.brotliModule}` : ''}`);
if (failed.length > 0) console.log(`failed steps: ${failed.join(', ')}`);
console.log(`tests: ${total('passed')} passed, ${total('failed')} failed`);
process.exit(failed.length > 0 ? 1 : 0);
