import type { Page } from '@playwright/test';

/**
 * Starts recording, before the page loads, what must never happen on a page of the site: a request
 * to another origin, a console error or warning (an unknown Permissions-Policy feature, for one, is
 * logged), an uncaught error, a CSP violation. Read the lists once the page has been exercised.
 */
export async function watchPage(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { foreign, problems };
}
