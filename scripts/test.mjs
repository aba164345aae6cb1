// `npm test`: every check, in the order a failure is cheapest to find. Runs all steps, then prints
// one summary line ("N passed, N failed") and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findOrProvisionChromium } from './chromium.mjs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let chromium;
try {
  chromium = findOrProvisionChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: chromium, ASTRO_TELEMETRY_DISABLED: '1' };

const steps = [
  ['unit tests', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/unit.json`]],
  ['type check', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['lint', ['biome', 'check', '.']],
  ['build', ['astro', 'build']],
  ['html validation', ['html-validate', 'dist/**/*.html']],
  ['browser tests', ['playwright', 'test']],
];

const failed = [];
for (const [name, command] of steps) {
  if (
    name !== 'build' &&
    steps.findIndex(([step]) => step === name) > steps.findIndex(([step]) => step === 'build') &&
    failed.includes('build')
  ) {
    failed.push(name);
    continue;
  }
  console.log(`\n▶ ${name}: ${command.join(' ')}`);
  const run = spawnSync('npx', command, { stdio: 'inherit', env });
  if (run.status !== 0) failed.push(name);
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}
const unit = counts(`${results}/unit.json`, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = counts(`${results}/e2e.json`, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }));

console.log(`\nchromium: ${chromium}`);
if (failed.length > 0) console.log(`failed steps: ${failed.join(', ')}`);
console.log(`tests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
process.exit(failed.length > 0 ? 1 : 0);
