import { expect, test } from 'vitest';
import { moveCspMetaFirst } from '../../src/integrations/csp-meta-first';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;

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
