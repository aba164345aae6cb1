// The W3C Nu HTML Checker (the `vnu-jar` package) over every page of a build, next to
// html-validate. Needs Java 17 or later: installs Debian's default-jre-headless when running as
// root with apt, otherwise says how to get it. False positives are dropped by the commented
// patterns of .nu-checker-filter. Usage: node scripts/nu-check.mjs [dir] (default OUT_DIR or dist)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const HOW_TO_GET_JAVA = `The Nu HTML Checker needs Java 17 or later. Install it, then run the command again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y default-jre-headless
  - or put a Java 17+ "java" on the PATH (or set JAVA_HOME)`;

/** `java`'s feature version (17, 21…), or 0 when there is no usable Java. */
function javaVersion(java) {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const version = `${run.stdout ?? ''}${run.stderr ?? ''}`.match(/version "(\d+)/)?.[1];
  return run.status === 0 && version ? Number(version) : 0;
}

function findJava() {
  const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  return javaVersion(java) >= 17 ? java : undefined;
}

function findOrProvisionJava() {
  const found = findJava();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Java 17+ not found: installing Debian\'s "default-jre-headless" with apt-get…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below with the manual steps.
    }
    const installed = findJava();
    if (installed) return installed;
  }
  console.error(HOW_TO_GET_JAVA);
  process.exit(1);
}

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}/ (no index.html): run npm run build first.`);
  process.exit(1);
}
const java = findOrProvisionJava();
// The package exports the jar's path (its own runner would download a Java instead).
const jar = String(createRequire(import.meta.url)('vnu-jar'));
// --skip-non-html: only the pages (the folder also holds CSS, JS, images and their .br/.gz copies).
const check = spawnSync(java, ['-jar', jar, '--skip-non-html', '--errors-only', '--filterfile', '.nu-checker-filter', dir], {
  stdio: 'inherit',
});
if (check.status === 0) console.log(`Nu HTML Checker: no errors in ${dir}/`);
process.exit(check.status ?? 1);
