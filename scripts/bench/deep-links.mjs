// How soon a deep link opened in a new tab puts its target in place: the time from the load event
// to the first frame from which the target no longer moves on screen. The browser tests check that
// it is in place from the first frame after load and never animates (tests/e2e/deep-links.spec.ts);
// milliseconds depend on the machine, so the 100 ms budget lives here.
import { deepLinks } from '../../tests/fixtures/site.ts';

/** Frames watched after the load event. */
const FRAMES_AFTER_LOAD = 30;

/** Milliseconds from the load event until the target settles, for one fresh load of `url`. */
async function settleMs(browser, url, id) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript((targetId) => {
      const samples = [];
      Object.assign(window, { frameSamples: samples });
      const tick = () => {
        samples.push({ time: performance.now(), top: document.getElementById(targetId)?.getBoundingClientRect().top ?? null });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, id);
    await page.goto(url, { waitUntil: 'load' });
    const loadedAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    await page.waitForFunction(({ since, frames }) => window.frameSamples.filter((sample) => sample.time >= since).length >= frames, {
      since: loadedAt,
      frames: FRAMES_AFTER_LOAD,
    });
    const samples = await page.evaluate(() => window.frameSamples.slice());
    const final = samples.at(-1)?.top;
    let settled = samples[0]?.time ?? loadedAt;
    samples.forEach((sample, index) => {
      if (sample.top === null || Math.abs(sample.top - final) > 1) settled = samples[index + 1]?.time ?? Number.POSITIVE_INFINITY;
    });
    return Math.max(0, settled - loadedAt);
  } finally {
    await context.close();
  }
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** Each deep link of tests/fixtures/site.ts, loaded `runs` times: median and slowest settle time. */
export async function measureDeepLinks(browser, origin, runs = 3) {
  const results = [];
  for (const link of deepLinks) {
    const id = decodeURIComponent(link.path.split('#')[1] ?? '');
    const times = [];
    for (let run = 0; run < runs; run++) times.push(await settleMs(browser, `${origin}${link.path}`, id));
    results.push({ path: link.path, medianMs: median(times), maxMs: Math.max(...times), runsMs: times });
  }
  return results;
}
