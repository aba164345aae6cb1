import { createHash } from 'node:crypto';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { contentDirectory, loadValidContent } from '../../src/node/content-folder';
import { builtHtmlPages } from './built-dir';

/**
 * A `<meta>` policy governs only what the parser meets after it: any script before it, a JSON
 * data block included, would run or be read outside the policy.
 */
const pages = builtHtmlPages();

/** Elements in document order. */
function elementsInOrder(root: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType !== 1) continue;
      out.push(child as HTMLElement);
      walk(child as HTMLElement);
    }
  };
  walk(root);
  return out;
}

const isCspMeta = (element: HTMLElement) =>
  element.tagName === 'META' && element.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy';

test('the redirect pages of content/aliases.yaml are among the pages checked', () => {
  const files = new Set(pages.map((page) => page.file));
  const redirects = Object.keys(loadValidContent(contentDirectory()).aliases.pages).map((from) => `${from.slice(1)}index.html`);
  expect(redirects.length).toBeGreaterThan(0);
  for (const file of redirects) expect(files, file).toContain(file);
});

describe.each(pages)('$file', ({ html }) => {
  test('has one CSP <meta> in <head>, before every <script> element', () => {
    const elements = elementsInOrder(parse(html));
    const metas = elements.filter(isCspMeta);
    expect(metas).toHaveLength(1);
    const [meta] = metas as [HTMLElement];
    expect(meta.parentNode?.tagName).toBe('HEAD');
    const before = elements.slice(0, elements.indexOf(meta));
    expect(before.filter((element) => element.tagName === 'SCRIPT').map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
    // The same on the raw text, independent of the parser: no "<script" before the policy.
    expect(html.toLowerCase().indexOf('<script')).toBeGreaterThan(html.toLowerCase().indexOf('content-security-policy'));
    const policy = meta.getAttribute('content') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'[^;]* 'sha256-/);
    expect(policy).not.toContain('unsafe-inline');
  });

  test("its policy's hashes are exactly those of the page's inline scripts and styles", () => {
    const root = parse(html);
    const meta = root.querySelectorAll('meta').find(isCspMeta);
    const hashes = (directive: string) =>
      [...(meta?.getAttribute('content') ?? '').matchAll(new RegExp(`${directive} ([^;]*)`, 'g'))]
        .flatMap((match) => match[1]?.split(' ') ?? [])
        .filter((source) => source.startsWith("'sha256-"))
        .sort();
    const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    const inline = (selector: string) => [...new Set(root.querySelectorAll(selector).map((element) => sha256(element.rawText)))].sort();
    expect(hashes('script-src')).toEqual(inline('script:not([src]):not([type="application/json"])'));
    expect(hashes('style-src')).toEqual(inline('style'));
  });
});
