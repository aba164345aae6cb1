import type { Page } from '@playwright/test';

/**
 * Waits until no part of the page says its script is still filling it in (`aria-busy="true"`):
 * the checklist gives its items their fields a few per task after the page loads.
 */
export async function untilNotBusy(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}
