import { expect, test } from '@playwright/test';
import { sitemapPages, templateOf } from './sitemap-pages';

// What keeps pages light, checked on the built HTML (the sizes and timings themselves are
// measured by `npm run bench`, not here).

test('every page links the site’s one stylesheet, the checklist pages their own too; no inline style nor HTML comment', async ({
  request,
}) => {
  const shared = new Set<string>();
  const checklistOnly = new Set<string>();
  for (const path of sitemapPages()) {
    const html = await (await request.get(path.slice(1))).text();
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1] ?? '');
    const checklistPage = templateOf(path).startsWith('party checklist');
    expect(links, path).toHaveLength(checklistPage ? 2 : 1);
    for (const link of links) (link.includes('/checklist.') ? checklistOnly : shared).add(link);
    expect(html, `${path}: inline <style>`).not.toMatch(/<style[\s>]/);
    expect(html, `${path}: HTML comment`).not.toContain('<!--');
  }
  // One file for the whole site, named by its content's hash: fetched once, cached for every page.
  // The checklist's styles are in a file of their own, which the other pages do not load.
  const hashedCss = (name: string) => expect.stringMatching(new RegExp(`^/_astro/${name}\\.[\\w-]{8}\\.css$`));
  expect([...shared]).toEqual([hashedCss('style')]);
  expect([...checklistOnly]).toEqual([hashedCss('checklist')]);
});

test('activity rows carry no button nor wrapper of their own: one copy button comes to the row in use', async ({ page }) => {
  await page.goto('/');
  const shareCells = page.locator('[data-matrix] tbody tr > td:last-child');
  await expect(shareCells).toHaveCount(79);
  expect(await shareCells.evaluateAll((cells) => cells.filter((cell) => cell.childNodes.length > 0).length)).toBe(0);
  await page.getByRole('row', { name: /^Update the hypervisor/ }).hover();
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(1);
  await page.getByRole('row', { name: /^Monitor physical resource performances/ }).hover();
  await expect(page.getByRole('button', { name: /^Copy link/ })).toHaveCount(1);
});
