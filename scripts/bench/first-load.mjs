// What a first visit to a page costs: every response Chromium receives until the page is loaded
// and the network is idle, with no interaction, as the server sent it (compressed or not).
import { gzipBytes } from './build.mjs';

/** Script types the browser executes; JSON-LD and other data blocks are not JavaScript. */
const isExecutableScriptType = (type) => type === '' || type === 'module' || /javascript|ecmascript/i.test(type);

async function describeResponse(response) {
  const request = response.request();
  // Redirects and some failed responses have no body.
  const body = await response.body().catch(() => Buffer.alloc(0));
  const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
  const headers = await response.allHeaders();
  return {
    url: response.url(),
    status: response.status(),
    type: request.resourceType(),
    encoding: headers['content-encoding'] ?? null,
    // The body as it came over the network: after the server's compression, if any.
    wireBytes: sizes.responseBodySize,
    rawBytes: body.length,
  };
}

/** Inline scripts run before any interaction too, so they count as JavaScript (from the DOM). */
function inlineScripts(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => ({ type: script.type, text: script.textContent ?? '' })),
  );
}

/**
 * Loads `url` in a fresh browser context (empty cache) and returns the page's HTML size (raw and
 * as sent), its total first-load bytes as sent and request count, and the JavaScript it runs
 * before any interaction: external scripts as sent, plus inline scripts counted at their gzip size.
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
    const stylesheets = resources.filter((resource) => resource.type === 'stylesheet');
    const inlineJsGzip = inline.reduce((total, script) => total + gzipBytes(Buffer.from(script.text)), 0);
    return {
      url,
      htmlBytes: documentResource?.rawBytes ?? null,
      htmlWireBytes: documentResource?.wireBytes ?? null,
      htmlEncoding: documentResource?.encoding ?? null,
      firstLoadBytes: resources.reduce((total, resource) => total + resource.wireBytes, 0),
      requests: resources.length,
      cssWireBytes: stylesheets.reduce((total, resource) => total + resource.wireBytes, 0),
      jsBytes: externalScripts.reduce((total, resource) => total + resource.wireBytes, 0) + inlineJsGzip,
      inlineScripts: inline.length,
      externalScripts: externalScripts.length,
      resources,
    };
  } finally {
    await context.close();
  }
}
