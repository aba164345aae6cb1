import { describe, expect, test } from 'vitest';
import { parseBuildLog } from '../../scripts/bench/build.mjs';

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
