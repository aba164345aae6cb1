// Finding the programs the tests need outside npm (Chromium, Firefox ESR, nginx), and installing
// Debian's packages of them when that is possible: this project runs where only the npm registry
// and Debian's packages are reachable.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** @param {string} file */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What `find` finds; when it finds nothing and this runs as root with apt (as in CI), installs
 * Debian's `packages` and asks `find` again. Throws `howToGetIt` when there is still nothing.
 * @template T
 * @param {{ find: () => T | undefined, missing: string, packages: string[], howToGetIt: string }} options
 *   `missing` names what was not found, for the line printed before installing.
 * @returns {T}
 */
export function findOrInstallDebianPackages({ find, missing, packages, howToGetIt }) {
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get')) {
    const named = packages.map((name) => `"${name}"`);
    const what = named.length === 1 ? `${named[0]} package` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
    console.log(`${missing} not found: installing Debian's ${what} with apt-get…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below with the manual steps.
    }
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(howToGetIt);
}
