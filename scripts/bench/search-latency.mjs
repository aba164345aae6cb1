// Time from the last keystroke to the first search result, in Chromium, on a built site.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Words present in every build (copied or varied from the source), so each query has results. */
export const QUERIES = ['backup', 'access', 'monitor', 'reversibility', 'security'];
const RUNS = 3;

/** How a result is recognised on /search/: the search controller marks each one. */
const RESULT_SELECTOR = '[data-search-result]';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Installed in the page before typing: stamps the last `input` event, then the first animation
 * frame after a mutation that leaves a result in the DOM (the frame the user would see it in).
 * Results shown for an earlier prefix are discarded by the reset on each keystroke.
 */
function installProbe(selector) {
  const probe = { lastInput: 0, firstResult: 0 };
  window.__searchProbe = probe;
  document.addEventListener(
    'input',
    () => {
      probe.lastInput = performance.now();
      probe.firstResult = 0;
    },
    true,
  );
  new MutationObserver(() => {
    if (probe.lastInput && !probe.firstResult && document.querySelector(selector)) {
      const seenAt = probe.lastInput;
      requestAnimationFrame(() => {
        if (probe.lastInput === seenAt && !probe.firstResult) probe.firstResult = performance.now();
      });
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true });
}

/** The /search/ page's own field (its label is "Words to look for"). */
async function findSearchInput(page) {
  const input = page.getByRole('searchbox', { name: 'Words to look for' });
  return (await input.count()) > 0 ? input : null;
}

/** Through the page's own search UI: clear, type the query, wait for the first result. */
async function timeTypedQuery(page, input, query) {
  await input.fill('');
  await page.waitForFunction((selector) => !document.querySelector(selector), RESULT_SELECTOR, { timeout: 5000 }).catch(() => {});
  await input.pressSequentially(query);
  await page.waitForFunction(() => window.__searchProbe.firstResult > 0, null, { timeout: 10_000 });
  return page.evaluate(() => window.__searchProbe.firstResult - window.__searchProbe.lastInput);
}

/**
 * Without a search UI: Pagefind's JS API, the search plus the first result's data, i.e. what a UI
 * needs before it can show that result.
 */
function timeApiQuery(page, query) {
  return page.evaluate(async (q) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const started = performance.now();
    const search = await pagefind.search(q);
    await search.results[0]?.data();
    return performance.now() - started;
  }, query);
}

async function timeQueries(timeOne) {
  await timeOne(QUERIES[0]); // warm-up: loads the Pagefind runtime, WASM and first index chunks
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    for (const query of QUERIES) times.push(await timeOne(query));
  }
  return times;
}

/**
 * Measures search latency on the build in `distDir` served at `origin`. Uses the /search/ page
 * when it has a search input, else Pagefind's API, else returns method "n/a".
 */
export async function measureSearchLatency(browser, distDir, origin) {
  if (!existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))) return { method: 'n/a', reason: 'no pagefind/pagefind.js' };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let times;
    let method;
    const hasSearchPage = existsSync(path.join(distDir, 'search', 'index.html'));
    await page.goto(hasSearchPage ? `${origin}/search/` : `${origin}/favicon.svg`, { waitUntil: 'load' });
    const input = hasSearchPage ? await findSearchInput(page) : null;
    if (input) {
      method = 'search page (keystroke → result)';
      await page.evaluate(installProbe, RESULT_SELECTOR);
      times = await timeQueries((query) => timeTypedQuery(page, input, query));
    } else {
      // Any same-origin document can import the module; the favicon is the smallest one.
      method = 'pagefind API (search + first result data)';
      times = await timeQueries((query) => timeApiQuery(page, query));
    }
    return { method, queries: QUERIES, runs: RUNS, samples: times.length, medianMs: median(times), maxMs: Math.max(...times) };
  } finally {
    await context.close();
  }
}
