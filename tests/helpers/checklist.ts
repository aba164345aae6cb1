import type { Locator, Page } from '@playwright/test';

/**
 * A checklist's storage as README documents it, read and written in the page: the settings under
 * `raci-checklist:v1:<URI-encoded source URL>:<party id>`, each item under that key `:<activity id>`.
 */
export function checklistStorage(sourceUrl: string, party: string) {
  const settings = `raci-checklist:v1:${encodeURIComponent(sourceUrl)}:${party}`;
  const prefix = `${settings}:`;
  /** The saved records, by activity id. */
  const records = (page: Page): Promise<Record<string, unknown>> =>
    page.evaluate(
      (itemPrefix) =>
        Object.fromEntries(
          Object.keys(localStorage)
            .filter((key) => key.startsWith(itemPrefix))
            .map((key) => [key.slice(itemPrefix.length), JSON.parse(localStorage.getItem(key) ?? 'null')]),
        ),
      prefix,
    );
  return {
    settingsKey: settings,
    /** The key of an item. */
    key: (id: string) => `${prefix}${id}`,
    records,
    /** The activity ids of the saved records, sorted. */
    ids: async (page: Page) => Object.keys(await records(page)).sort(),
    /** One saved record, or null. */
    record: (page: Page, id: string) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `${prefix}${id}`),
    /** The page's settings as saved, or {}. */
    settings: (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), settings),
    /** Saves records by activity id, as the page would (reload to see them). */
    write: (page: Page, saved: Record<string, unknown>) =>
      page.evaluate(
        (entries) => {
          for (const [key, record] of entries) localStorage.setItem(key, JSON.stringify(record));
        },
        Object.entries(saved).map(([id, record]) => [`${prefix}${id}`, record] as const),
      ),
    /**
     * Saves records before the page's first load, once per browser context: a reload shows what
     * the page made of them, not the seed again.
     */
    seed: (page: Page, saved: Record<string, unknown>) =>
      page.addInitScript(
        ({ entries }) => {
          if (sessionStorage.getItem('seeded')) return;
          for (const [key, record] of entries) localStorage.setItem(key, JSON.stringify(record));
          sessionStorage.setItem('seeded', 'yes');
        },
        { entries: Object.entries(saved).map(([id, record]) => [`${prefix}${id}`, record] as const) },
      ),
  };
}

/** The list item of an activity on a checklist page, found by its link. */
export function checklistItem(page: Page, activity: string): Locator {
  return page.locator('li[data-item]').filter({ has: page.getByRole('link', { name: activity, exact: true }) });
}
