// Finds Firefox ESR for the Firefox smoke tests (tests/firefox/), which drive it with puppeteer-core
// over WebDriver BiDi. Neither Playwright's nor Puppeteer's Firefox download is used: this project
// runs where only the npm registry and Debian's packages are reachable.
import { findOrInstallDebianPackages, isExecutable } from './lib/executables.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const HOW_TO_GET_ONE = `No Firefox was found. Install Firefox ESR, then run the command again:
  - Debian:  sudo apt-get update && sudo apt-get install -y firefox-esr
  - or point FIREFOX_PATH at any Firefox executable, e.g. FIREFOX_PATH=/opt/firefox/firefox npm test`;

/** FIREFOX_PATH (which must be an executable), else the first Firefox installed; undefined when none is. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} is not an executable file.\n${HOW_TO_GET_ONE}`);
    return fromEnv;
  }
  return CANDIDATES.find(isExecutable);
}

/** Finds Firefox, or installs Debian's firefox-esr when running as root with apt (as in CI). */
export function findOrProvisionFirefox() {
  return findOrInstallDebianPackages({ find: findFirefox, missing: 'Firefox', packages: ['firefox-esr'], howToGetIt: HOW_TO_GET_ONE });
}
