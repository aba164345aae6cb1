import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { keepOwnHashes, moveCspMetaFirst } from '../../src/integrations/csp-meta-first';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;

test('moves the policy from the end of <head> to just after <meta charset>', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>x()</script><script type="application/json">{}</script>${csp}</head><body></body></html>`;
  expect(moveCspMetaFirst(page, 'index.html')).toBe(
    `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>t</title><script>x()</script><script type="application/json">{}</script></head><body></body></html>`,
  );
});

test('without <meta charset>, puts the policy first in <head>', () => {
  const page = `<html><head lang="en"><script>x()</script>${csp}</head></html>`;
  expect(moveCspMetaFirst(page, 'a.html')).toBe(`<html><head lang="en">${csp}<script>x()</script></head></html>`);
});

test('fails on a page without a policy, or with two, naming the file', () => {
  expect(() => moveCspMetaFirst('<html><head><meta charset="utf-8"></head></html>', 'phases/3/index.html')).toThrow(
    'phases/3/index.html: expected one CSP <meta>, found 0.',
  );
  expect(() => moveCspMetaFirst(`<head>${csp}${csp}</head>`, 'x.html')).toThrow('found 2');
});

test("keeps only the hashes of the page's own inline scripts and styles", () => {
  // Hashes written by hand from Node's crypto, not by the code under test.
  const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('x()')} ${hash('y()')}; style-src 'self' ${hash('a{}')} ${hash('b{}')};">`;
  const page = `<head><script>x()</script><script type="application/json">{"y":1}</script><script src="/y.js"></script><style>b{}</style></head>`;
  expect(keepOwnHashes(meta, page)).toBe(
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('x()')}; style-src 'self' ${hash('b{}')};">`,
  );
});

test('a page without inline code keeps no hash, and every other source stays', () => {
  const withHash = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
  expect(keepOwnHashes(withHash, '<head></head>')).toBe(csp);
});
