import { expect, test } from 'vitest';
import { findChromium, findOrProvisionChromium, findOrProvisionTestChromium, findTestChromium } from '../../scripts/chromium.mjs';
import { findFirefox, findOrProvisionFirefox } from '../../scripts/firefox.mjs';
import { findOrInstallDebianPackages, isExecutable } from '../../scripts/lib/executables.mjs';

/** Runs `check` with the environment variable `name` set to `value` (or unset), then puts it back. */
function withEnv(name: string, value: string | undefined, check: () => void) {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  try {
    check();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

test('isExecutable: an executable file, a file that is not executable, no file', () => {
  expect(isExecutable(process.execPath)).toBe(true);
  expect(isExecutable('package.json')).toBe(false);
  expect(isExecutable('/nonexistent/program')).toBe(false);
});

test('a program that is found is used as it is: nothing is installed', () => {
  expect(findOrInstallDebianPackages({ find: () => '/opt/found', missing: 'It', packages: ['never-installed'], howToGetIt: '' })).toBe(
    '/opt/found',
  );
});

test('FIREFOX_PATH names the Firefox to use', () => {
  withEnv('FIREFOX_PATH', process.execPath, () => expect(findFirefox()).toBe(process.execPath));
});

test('a FIREFOX_PATH that is not an executable stops with how to get Firefox ESR', () => {
  withEnv('FIREFOX_PATH', '/nonexistent/firefox', () =>
    expect(() => findOrProvisionFirefox()).toThrow(
      /FIREFOX_PATH=\/nonexistent\/firefox is not an executable file\.\n.*apt-get install -y firefox-esr/s,
    ),
  );
});

test('a CHROMIUM_PATH that is not an executable stops with how to get Chromium', () => {
  withEnv('CHROMIUM_PATH', '/nonexistent/chromium', () =>
    expect(() => findOrProvisionChromium()).toThrow(
      /CHROMIUM_PATH=\/nonexistent\/chromium is not an executable file\.\n.*apt-get install -y chromium/s,
    ),
  );
});

test("the browser tests' Chromium: CHROMIUM_PATH when set, else the headless shell when there is one, else a full Chromium", () => {
  withEnv('CHROMIUM_PATH', process.execPath, () => expect(findTestChromium()).toBe(process.execPath));
  withEnv('CHROMIUM_PATH', '/nonexistent/chromium', () =>
    expect(() => findOrProvisionTestChromium()).toThrow(
      /CHROMIUM_PATH=\/nonexistent\/chromium is not an executable file\.\n.*apt-get install -y chromium-headless-shell/s,
    ),
  );
  withEnv('CHROMIUM_PATH', undefined, () => {
    const shell = '/usr/bin/chromium-headless-shell';
    expect(findTestChromium()).toBe(isExecutable(shell) ? shell : findChromium());
  });
});
