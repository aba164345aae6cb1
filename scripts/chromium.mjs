// Finds a Chromium for Playwright, Lighthouse and the benchmark. Playwright's own browser download
// is not used: this project runs where only the npm registry and Debian's packages are reachable.
import { findOrInstallDebianPackages, isExecutable } from './lib/executables.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

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
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
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
