// Finds a Chromium for Playwright, Lighthouse and the benchmark. Playwright's own browser download
// is not used: this project runs where only the npm registry and Debian's packages are reachable.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

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

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

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
  const found = findChromium();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
  if (canApt) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below with the manual steps.
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_GET_ONE);
}
