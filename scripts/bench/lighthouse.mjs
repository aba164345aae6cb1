// Lighthouse (mobile preset, the default) on pages of a served build: the four category scores,
// and the audits that cost points so a failed budget says what to fix.
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pagePerTemplate, sitemapPaths } from '../lib/built-site.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
/** Pages measured when the build has no sitemap; the ones absent from the build are skipped. */
const DEFAULT_ROUTES = ['/', '/phases/3-service-usage/', '/parties/customer/', '/search/'];

const routeExists = (distDir, route) => existsSync(path.join(distDir, route, 'index.html'));

/**
 * Which pages to audit: `override` if given (`all` = every page of the sitemap), else one page per
 * template of the sitemap (the largest, as the browser tests check), else the default list; only
 * pages that exist in the build.
 */
export function lighthouseRoutes(distDir, override) {
  const fromSitemap = sitemapPaths(distDir);
  const candidates =
    override?.[0] === 'all' ? fromSitemap : (override ?? (fromSitemap.length > 0 ? pagePerTemplate(distDir) : DEFAULT_ROUTES));
  return {
    routes: candidates.filter((route) => routeExists(distDir, route)),
    skipped: candidates.filter((route) => !routeExists(distDir, route)),
  };
}

/** Audits that cost points in a category, with the lowest score any run gave, e.g. "meta-description (0)". */
function failingAudits(reports, category) {
  const worst = new Map();
  for (const lhr of reports) {
    for (const ref of lhr.categories[category].auditRefs) {
      const { score } = lhr.audits[ref.id];
      if (ref.weight > 0 && score !== null && score < 1) worst.set(ref.id, Math.min(score, worst.get(ref.id) ?? 1));
    }
  }
  return [...worst].map(([id, score]) => `${id} (${score})`);
}

/** One Lighthouse run in a fresh Chromium, so no cache or state is shared with another run. */
async function runFresh(url, { chromePath }) {
  // No fixed debugging port: a Chromium killed by the previous run may still hold it while it
  // exits, and Lighthouse would then connect to the dying one. The OS picks a free port instead.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * On a loaded machine Chromium occasionally starts too slowly for Lighthouse to connect ("Failed
 * to fetch browser webSocket URL"); such a run is retried once before the error is reported.
 */
async function runOnce(url, options) {
  try {
    return await runFresh(url, options);
  } catch (error) {
    process.stderr.write(`lighthouse: retrying ${url} after: ${error instanceof Error ? error.message : error}\n`);
    return runFresh(url, options);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lab metrics reported beside the scores (ms): total blocking time is a budget of its own. */
const METRICS = { tbt: 'total-blocking-time', fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint' };

/**
 * Runs Lighthouse `runs` times on `url` and keeps the median score of each category (0–100) and
 * of each metric, as Lighthouse's docs advise: a single run varies with the machine's load.
 */
export async function runLighthouse(url, { chromePath, runs }) {
  const reports = [];
  for (let run = 0; run < runs; run++) reports.push(await runOnce(url, { chromePath }));
  const score = (lhr, category) => Math.round((lhr.categories[category].score ?? 0) * 100);
  return {
    url,
    lighthouseVersion: reports[0].lighthouseVersion,
    runs,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, median(reports.map((lhr) => score(lhr, category)))])),
    allScores: reports.map((lhr) => Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr, category)]))),
    // Median over the runs of each metric, and every run's value.
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [name, median(reports.map((lhr) => lhr.audits[id].numericValue))]),
    ),
    allMetrics: reports.map((lhr) => Object.fromEntries(Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id].numericValue]))),
    // Audits that cost points in any run, so a failed budget says what to look at.
    failing: Object.fromEntries(CATEGORIES.map((category) => [category, failingAudits(reports, category)])),
  };
}
