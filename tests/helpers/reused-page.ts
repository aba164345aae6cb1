import { type BrowserContextOptions, test as base, type Page } from '@playwright/test';

/** The project's settings a context takes, as each test's own page gets them. */
const PROJECT_SETTINGS = ['baseURL', 'viewport', 'colorScheme', 'isMobile', 'hasTouch', 'deviceScaleFactor', 'userAgent'] as const;

/**
 * `reusedPage(options)`: one page per set of context options (viewport, colour scheme, touch) for
 * every test a worker runs, for tests that only load a page and read it (axe, the page hygiene
 * checks). Opening a page starts a renderer process, which on two cores costs more than such a
 * test itself; navigating a kept page within the site does not. A test that uses it starts with
 * `goto` and leaves nothing the next test could see: no storage, no routes, no listeners
 * (`watchPage`'s `stop`). A failed test ends its worker, and the pages with it.
 */
export const test = base.extend<object, { reusedPage: (options?: BrowserContextOptions) => Promise<Page> }>({
  reusedPage: [
    async ({ browser }, use, workerInfo) => {
      const project = Object.fromEntries(
        PROJECT_SETTINGS.map((key) => [key, workerInfo.project.use[key]]).filter(([, value]) => value !== undefined),
      );
      const pages = new Map<string, Promise<Page>>();
      await use((options = {}) => {
        const key = JSON.stringify(options);
        let page = pages.get(key);
        if (!page) {
          page = browser.newContext({ ...project, ...options }).then((context) => context.newPage());
          pages.set(key, page);
        }
        return page;
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
