// What a first visit to a page costs: every response Chromium receives until the page is loaded
// and the network is idle, with no interaction.
import { gzipBytes } from './build.mjs';

/** Script types the browser executes; JSON-LD and other data blocks are not JavaScript. */
const isExecutableScriptType = (type) => type === '' || type === 'module' || /javascript|ecmascript/i.test(type);

/**
 * The bytes a compressing static host would send. The bench's server does not compress, so gzip
 * is computed here for every body; already-compressed formats (images, woff2) are counted at
 * their raw size because a host would not gzip them, hence the smaller of the two.
 */
function transferBytes(body) {
  return Math.min(body.length, gzipBytes(body));
}

async function describeResponse(response) {
  const request = response.request();
  // Redirects and some failed responses have no body.
  const body = await response.body().catch(() => Buffer.alloc(0));
  const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
  return {
    url: response.url(),
    status: response.status(),
    type: request.resourceType(),
    encodedBytes: sizes.responseBodySize,
    rawBytes: body.length,
    gzipBytes: transferBytes(body),
  };
}

/** Inline scripts run before any interaction too, so they count as JavaScript (from the DOM). */
function inlineScripts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => ({ type: script.type, text: script.textContent ?? '' })),
  );
}

/**
 * Loads `url` in a fresh browser context (empty cache) and returns the page's HTML size, its
 * total first-load size and request count, and the JavaScript it runs before any interaction.
 */
export async function measureFirstLoad(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const responses = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const resources = await Promise.all(responses.map(describeResponse));
    const inline = (await inlineScripts(page)).filter((script) => isExecutableScriptType(script.type));
    const documentResource = resources.find((resource) => resource.type === 'document');
    const externalScripts = resources.filter((resource) => resource.type === 'script');
    const inlineJsGzip = inline.reduce((total, script) => total + gzipBytes(Buffer.from(script.text)), 0);
    return {
      url,
      htmlBytes: documentResource?.rawBytes ?? null,
      htmlGzipBytes: documentResource?.gzipBytes ?? null,
      firstLoadGzipBytes: resources.reduce((total, resource) => total + resource.gzipBytes, 0),
      requests: resources.length,
      jsGzipBytes: externalScripts.reduce((total, resource) => total + resource.gzipBytes, 0) + inlineJsGzip,
      inlineScripts: inline.length,
      externalScripts: externalScripts.length,
      resources,
    };
  } finally {
    await context.close();
  }
}
