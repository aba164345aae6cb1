import type { ConsoleMessage, Page, Request } from '@playwright/test';

/** Pages whose documents already report CSP violations to the console. */
const reporting = new WeakSet<Page>();

/**
 * Starts recording, before the page loads, what must never happen on a page of the site: a request
 * to another origin, a console error or warning (an unknown Permissions-Policy feature, for one, is
 * logged), an uncaught error, a CSP violation. Read the lists once the page has been exercised;
 * `stop` ends the recording (on a page that later tests reuse).
 */
export async function watchPage(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const problems: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`pageerror: ${error.message}`);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  if (!reporting.has(page)) {
    reporting.add(page);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  }
  const stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  };
  return { foreign, problems, stop };
}
