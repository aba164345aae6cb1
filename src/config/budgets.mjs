// The performance budgets, in one place: `npm run bench` checks every one of them, and the browser
// tests check the byte budgets that do not depend on the machine (JavaScript before interaction).
/** Budgets from issues #6, #9 (the checklist) and #11. KB are 1,000 bytes, the stricter reading. */
export const BUDGET = {
  lighthouseScore: 100,
  /** Total blocking time, median of the Lighthouse runs, on every audited page. */
  totalBlockingTimeMs: 50,
  /** `/`, uncompressed. */
  matrixHtmlBytes: 80_000,
  /** `/`, everything its first load fetches, as a server compressing with gzip on the fly sends it. */
  matrixFirstLoadGzip: 20_000,
  matrixJsGzip: 10_000,
  checklistFirstLoadGzip: 30_000,
  checklistJsGzip: 12_000,
  searchFirstResultMs: 300,
  /** A build of both editions against the English one alone (issue 15). */
  twoEditionsBuildRatio: 1.7,
  /** A deep link's target in place after the load event (median of the runs, every link). */
  deepLinkSettleMs: 100,
};
