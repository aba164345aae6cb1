import { describe, expect, test } from 'vitest';
import { parseBuildLog } from '../../scripts/bench/build.mjs';
import { onePerTemplate } from '../../scripts/bench/lighthouse.mjs';

// The bench reads Pagefind's indexing time from the line the Pagefind integration logs.
describe('parseBuildLog', () => {
  test('reads the Pagefind time, Astro summary and CPU time, ignoring colour codes', () => {
    const log = [
      '\u001b[32m11:31:29\u001b[39m [build] 6 page(s) built in 1.10s',
      '11:31:30 [raci-pagefind] Indexed 79 activities and 6 pages into dist/pagefind in 812.5 ms',
      '[bench] cpu 1937 ms',
    ].join('\n');
    expect(parseBuildLog(log)).toEqual({ cpuMs: 1937, pagefindMs: 812.5, pages: 6, astroReportedMs: 1100 });
  });

  test('reports null when there is no Pagefind line', () => {
    expect(parseBuildLog('[build] 6 page(s) built in 950ms').pagefindMs).toBeNull();
  });
});

describe('onePerTemplate', () => {
  test('keeps the first page of each template, in sitemap order', () => {
    const routes = [
      '/',
      '/parties/customer/',
      '/parties/customer/accountable/',
      '/parties/customer/checklist/',
      '/parties/ovhcloud/',
      '/parties/ovhcloud/checklist/',
      '/phases/1-a/',
      '/phases/2-b/',
      '/search/',
      '/sections/1-1-x/',
    ];
    expect(onePerTemplate(routes)).toEqual([
      '/',
      '/parties/customer/',
      '/parties/customer/accountable/',
      '/parties/customer/checklist/',
      '/phases/1-a/',
      '/search/',
      '/sections/1-1-x/',
    ]);
  });
});
