import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { untilNotBusy } from './not-busy';

/** WCAG 2.2 A and AA, with axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it stands, one `rule: targets` line each, so that a failure
 * names them: every rule of WCAG 2.2 A and AA and axe's best practices, or only `rules`. Only violations are collected: gathering every passing node as well doubles axe's
 * time on the long pages, and nothing reads them.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await untilNotBusy(page);
  // axe measures targets and contrasts on the layout; parts of a long page away from the viewport
  // are not laid out until they come near it (content-visibility: auto): lay them out.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules([...rules]) : builder.withTags(TAGS)).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
