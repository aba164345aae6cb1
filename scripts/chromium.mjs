// Finds a Chromium for Playwright, Lighthouse and the benchmark. Playwright's own browser download
// is not used: this project runs where only the npm registry and Debian's packages are reachable.
import { findOrInstallDebianPackages, isExecutable } from './lib/executables.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Chromium without the browser around it (Debian's `chromium-headless-shell`): the build Playwright
 * itself runs headless tests on. The same Blink, at half the cost: the Chromium suite took 300 s
 * with /usr/bin/chromium and 156 s with it, on two cores (docs/testing.md). The benchmark keeps
 * the full browser: Lighthouse measures what readers run.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const findHeadlessShell = () => (isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : undefined);

/** Flags that keep headless Chromium quiet on a machine with no outside network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const HOW_TO_GET_ONE = `No Chromium was found. Install one, then run the command again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium-headless-shell chromium
  - or point CHROMIUM_PATH at any Chromium or Chrome executable, e.g. CHROMIUM_PATH=/opt/chrome/chrome npm test`;

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.\n${HOW_TO_GET_ONE}`);
    return fromEnv;
  }
  return CANDIDATES.find(isExecutable);
}

/** Finds Chromium, or installs Debian's package when running as root with apt (as in CI). */
export function findOrProvisionChromium() {
  return findOrInstallDebianPackages({ find: findChromium, missing: 'Chromium', packages: ['chromium'], howToGetIt: HOW_TO_GET_ONE });
}

/** The browser tests' Chromium: CHROMIUM_PATH, else the headless shell, else a full Chromium. */
export function findTestChromium() {
  if (process.env.CHROMIUM_PATH) return findChromium();
  return findHeadlessShell() ?? findChromium();
}

/**
 * The browser tests' Chromium, installing Debian's headless shell when it is missing and the run
 * is root with apt (as in CI), even beside a full Chromium: the suite would take twice as long.
 */
export function findOrProvisionTestChromium() {
  if (process.env.CHROMIUM_PATH) return findOrProvisionChromium();
  try {
    return findOrInstallDebianPackages({
      find: findHeadlessShell,
      missing: "Chromium's headless shell",
      packages: ['chromium-headless-shell'],
      howToGetIt: HOW_TO_GET_ONE,
    });
  } catch (error) {
    const full = findChromium();
    if (!full) throw error;
    console.warn(`Chromium's headless shell (${HEADLESS_SHELL}) not found: the browser tests run on ${full}, about twice as slowly.`);
    return full;
  }
}
