import { expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/built-site.mjs';
import { MIME_TYPES, PATH_TYPES } from '../../src/config/http-policy.mjs';
import { builtDir } from './built-dir';

test('every file of the build has a declared type (a new kind of file must be added to src/config/http-policy.mjs)', () => {
  // .br and .gz copies are sent as their original's encoding, with the original's type.
  const files = listFiles(builtDir).filter((file) => !/\.(br|gz)$/.test(file));
  expect(files.length).toBeGreaterThan(0);
  const undeclared = files.filter((file) => !Object.hasOwn(MIME_TYPES, file.split('.').pop() ?? '') && !Object.hasOwn(PATH_TYPES, file));
  expect(undeclared).toEqual([]);
});
