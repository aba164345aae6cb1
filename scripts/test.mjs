// `npm test`: every check. A step starts as soon as the steps it needs have passed and the cores it
// keeps busy are free: a browser run (two Playwright workers, the browsers, the server) takes every
// core and runs alone; the other steps, one core each, run side by side. Nothing starves a browser
// test of CPU. Astro commands run one after another (they share .astro/ and Astro's cache), and so
// do the browser runs. Each step's output is printed when it ends, then a table of every step with
// its time, and the test counts.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { findOrProvisionTestChromium } from './chromium.mjs';
import { findOrProvisionFirefox } from './firefox.mjs';
import { findOrProvisionNginx } from './nginx.mjs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let chromium;
let firefox;
let nginx;
try {
  chromium = findOrProvisionTestChromium();
  firefox = findOrProvisionFirefox();
  nginx = findOrProvisionNginx();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
// Output goes to log files: no colour codes. FORCE_COLOR (set by some CI runners) would override
// NO_COLOR with a warning in every Node process, and FORCE_COLOR=0 turns colour on in some libraries.
const { FORCE_COLOR: _forceColor, ...inherited } = process.env;
const env = { ...inherited, CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.E2E_PORT ?? 4399);
/** Builds other than the root one, each with the environment its checks and browser tests need. */
const builds = {
  // Under a sub-path: every link, asset and redirect must honour the base.
  base: { BASE_PATH: '/raci/', OUT_DIR: `${outDir}-base` },
  // A fixture whose content changed over three releases: change pages, markers, the feed, checklist migrations.
  evolving: {
    RACI_CONTENT_DIR: 'tests/fixtures/evolving-content',
    OUT_DIR: `${outDir}-evolving`,
    E2E_SUITE: 'evolving',
    E2E_PORT: String(port + 4),
  },
};
// The same HTTP checks behind nginx and the shipped deploy/nginx/raci.conf, on their own ports.
const behindNginx = { E2E_PORT: String(port + 2) };
const behindNginxUnderBase = { ...builds.base, E2E_PORT: String(port + 3) };

const vitest = (config, report) => [
  'vitest',
  'run',
  '--config',
  config,
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/${report}.json`,
];
const playwright = (config = 'playwright.config.ts') => ['playwright', 'test', '--config', config];

/**
 * @typedef {{ name: string, command: string[], env?: Record<string, string>, needs?: string[],
 *   lane?: 'astro' | 'browser', cpu?: number, report?: { file: string, kind: 'vitest' | 'playwright' } }} Step
 * `cpu`: the cores the step keeps busy (default: 1; a browser run: all of them).
 * @type {Step[]}
 */
const steps = [
  { name: 'lint', command: ['biome', 'check', '.'] },
  { name: 'unit tests', command: vitest('vitest.config.ts', 'unit'), report: { file: 'unit', kind: 'vitest' } },
  { name: 'build', command: ['astro', 'build'], lane: 'astro' },
  {
    name: 'built-site checks',
    command: vitest('vitest.built.config.ts', 'built'),
    needs: ['build'],
    report: { file: 'built', kind: 'vitest' },
  },
  { name: 'html validation', command: ['html-validate', `${outDir}/**/*.html`], needs: ['build'] },
  { name: 'Nu HTML checker', command: ['node', 'scripts/nu-check.mjs'], needs: ['build'] },
  { name: 'links', command: ['node', 'scripts/check-links.mjs'], needs: ['build'] },
  { name: 'browser tests', command: playwright(), needs: ['build'], lane: 'browser', report: { file: 'e2e', kind: 'playwright' } },
  { name: 'build under /raci/', command: ['astro', 'build'], env: builds.base, lane: 'astro' },
  { name: 'build of the evolving fixture', command: ['astro', 'build'], env: builds.evolving, lane: 'astro' },
  { name: 'type check', command: ['astro', 'check', '--minimumSeverity', 'warning'], lane: 'astro' },
  {
    name: 'integration tests',
    command: vitest('vitest.integration.config.ts', 'integration'),
    // The root build is the reference the CRLF-content build is compared with, when it was made
    // as an author's build is (the test's own reference build has no deployment settings).
    env: ['SITE_URL', 'BASE_PATH', 'RACI_CONTENT_DIR'].some((name) => process.env[name]) ? {} : { REFERENCE_BUILD: outDir },
    needs: ['build', 'type check'],
    report: { file: 'integration', kind: 'vitest' },
  },
  {
    name: 'browser tests behind nginx',
    command: playwright('playwright.nginx.config.ts'),
    env: behindNginx,
    needs: ['build'],
    lane: 'browser',
    report: { file: 'e2e-nginx', kind: 'playwright' },
  },
  // A smoke test of the root build in Firefox ESR, on FIREFOX_PORT (default 4405).
  {
    name: 'browser tests in Firefox',
    command: vitest('vitest.firefox.config.ts', 'firefox'),
    needs: ['build'],
    lane: 'browser',
    report: { file: 'firefox', kind: 'vitest' },
  },
  ...[
    ['built-site checks under /raci/', vitest('vitest.built.config.ts', 'built-base'), { file: 'built-base', kind: 'vitest' }],
    ['links under /raci/', ['node', 'scripts/check-links.mjs']],
  ].map(([name, command, report]) => ({ name, command, env: builds.base, needs: ['build under /raci/'], report })),
  // Under /raci/ the base-path, id and HTTP tests run behind nginx only: the real server is the one
  // that must honour the base, and npm start's server is tested at the root.
  {
    name: 'browser tests behind nginx under /raci/',
    command: playwright('playwright.nginx.config.ts'),
    env: behindNginxUnderBase,
    needs: ['build under /raci/'],
    lane: 'browser',
    report: { file: 'e2e-nginx-base', kind: 'playwright' },
  },
  ...[
    ['html validation of the evolving fixture', ['html-validate', `${builds.evolving.OUT_DIR}/**/*.html`]],
    ['links of the evolving fixture', ['node', 'scripts/check-links.mjs']],
  ].map(([name, command]) => ({ name, command, env: builds.evolving, needs: ['build of the evolving fixture'] })),
  {
    name: 'browser tests of the evolving fixture',
    command: playwright(),
    env: builds.evolving,
    needs: ['build of the evolving fixture'],
    lane: 'browser',
    report: { file: 'e2e-evolving', kind: 'playwright' },
  },
];

/** The cores steps may keep busy at once: this machine's, or TEST_CORES. */
const cores = Number(process.env.TEST_CORES ?? cpus().length);
/** A browser run keeps every core busy: its workers' browsers, the test runner and the server. */
const cpuOf = (step) => step.cpu ?? (step.lane === 'browser' ? cores : 1);

/** @type {Map<string, { status: 'passed' | 'failed' | 'skipped', seconds: number }>} */
const outcomes = new Map();
const running = new Set();
const started = performance.now();
const seconds = (since) => (performance.now() - since) / 1000;

/** Runs one step with its output in a log file, printed whole when the step ends. */
function run(step) {
  return new Promise((resolve) => {
    const log = `${results}/${step.name.replace(/[^a-z0-9]+/gi, '-')}.log`;
    const out = createWriteStream(log);
    const since = performance.now();
    console.log(`▶ ${step.name}: npx ${step.command.join(' ')}`);
    const child = spawn('npx', step.command, { env: { ...env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('close', (code) => {
      out.end(() => {
        const status = code === 0 ? 'passed' : 'failed';
        console.log(`\n──── ${step.name} ────\n${readFileSync(log, 'utf8').trimEnd()}`);
        console.log(`◀ ${step.name}: ${status === 'passed' ? 'passed' : 'FAILED'} in ${seconds(since).toFixed(1)} s\n`);
        resolve({ status, seconds: seconds(since) });
      });
    });
  });
}

// The browser lane is the longest chain of steps: when cores free, its next step goes first, then
// the astro lane's (whose builds the browser lane waits for), then the rest. Lanes keep their order.
// A browser step that is ready but waits for cores holds them: nothing else starts before it.
const LANES_FIRST = ['browser', 'astro'];
const rank = (step) => (LANES_FIRST.includes(step.lane) ? LANES_FIRST.indexOf(step.lane) : LANES_FIRST.length);
const byPriority = steps.toSorted((a, b) => rank(a) - rank(b));

await new Promise((done) => {
  const schedule = () => {
    for (const step of byPriority) {
      if (outcomes.has(step.name) || running.has(step)) continue;
      const needs = step.needs ?? [];
      if (needs.some((name) => ['failed', 'skipped'].includes(outcomes.get(name)?.status ?? ''))) {
        outcomes.set(step.name, { status: 'skipped', seconds: 0 });
        continue;
      }
      const ready = needs.every((name) => outcomes.get(name)?.status === 'passed');
      // A lane runs its steps in the order listed: an earlier step of the lane must have ended.
      const laneFree =
        !step.lane || steps.slice(0, steps.indexOf(step)).every((other) => other.lane !== step.lane || outcomes.has(other.name));
      // A step whose cores are not all free waits; one needing more than the machine has runs alone.
      const busy = [...running].reduce((total, other) => total + cpuOf(other), 0);
      const fits = running.size === 0 || busy + cpuOf(step) <= cores;
      if (ready && laneFree && !fits && step.lane === 'browser') break;
      if (ready && laneFree && fits) {
        running.add(step);
        run(step).then((outcome) => {
          running.delete(step);
          outcomes.set(step.name, outcome);
          schedule();
        });
      }
    }
    if (outcomes.size === steps.length) done();
  };
  schedule();
});

function counts(step) {
  const file = `${results}/${step.report.file}.json`;
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return step.report.kind === 'vitest'
    ? { passed: report.numPassedTests, failed: report.numFailedTests }
    : { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky };
}
const reported = steps.filter((step) => step.report).map(counts);
const total = (key) => reported.reduce((sum, report) => sum + report[key], 0);

console.log('\n| step | result | seconds |\n| --- | --- | --- |');
for (const step of steps) {
  const { status, seconds: time } = outcomes.get(step.name) ?? { status: 'skipped', seconds: 0 };
  console.log(`| ${step.name} | ${status} | ${time.toFixed(1)} |`);
}
const failed = steps.filter((step) => outcomes.get(step.name)?.status !== 'passed').map((step) => step.name);
console.log(`\nchromium: ${chromium}`);
console.log(`firefox: ${firefox}`);
console.log(`nginx: ${nginx.binary}${nginx.brotliModule ? ` with ${nginx.brotliModule}` : ''}`);
console.log(`total: ${seconds(started).toFixed(0)} s on ${cores} cores`);
if (failed.length > 0) console.log(`failed or skipped steps: ${failed.join(', ')}`);
console.log(`tests: ${total('passed')} passed, ${total('failed')} failed`);
process.exit(failed.length > 0 ? 1 : 0);
