import { expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/built-site.mjs';
import { MIME_TYPES, notFoundPage, PATH_TYPES } from '../../src/config/http-policy.mjs';
import { builtDir } from './built-dir';

test('every file of the build has a declared type (a new kind of file must be added to src/config/http-policy.mjs)', () => {
  // .br and .gz copies are sent as their original's encoding, with the original's type.
  const files = listFiles(builtDir).filter((file) => !/\.(br|gz)$/.test(file));
  expect(files.length).toBeGreaterThan(0);
  const undeclared = files.filter((file) => !Object.hasOwn(MIME_TYPES, file.split('.').pop() ?? '') && !Object.hasOwn(PATH_TYPES, file));
  expect(undeclared).toEqual([]);
});

test("every edition's not-found page is the one the servers send under its folder", () => {
  const notFoundPages = listFiles(builtDir).filter((file) => /^([a-z]{2,3}\/)?404(\/index)?\.html$/.test(file));
  expect(notFoundPages).toContain('404.html');
  for (const page of notFoundPages) {
    const folder = page === '404.html' ? '' : page.slice(0, page.indexOf('/') + 1);
    expect(notFoundPage(`${folder}no-such-page/`)).toBe(page);
  }
  // The French edition is built, and has its own.
  expect(notFoundPages).toContain('fr/404/index.html');
});
