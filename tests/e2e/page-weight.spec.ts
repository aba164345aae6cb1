import { expect, test } from '@playwright/test';
import { sitemapPages } from './sitemap-pages';

// What keeps pages light, checked on the built HTML (the sizes and timings themselves are
// measured by `npm run bench`, not here).

test('every page links the same one stylesheet, and carries no inline style nor HTML comment', async ({ request }) => {
  const stylesheets = new Set<string>();
  for (const path of sitemapPages()) {
    const html = await (await request.get(path.slice(1))).text();
    const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(links, path).toHaveLength(1);
    for (const link of links) if (link) stylesheets.add(link);
    expect(html, `${path}: inline <style>`).not.toMatch(/<style[\s>]/);
    expect(html, `${path}: HTML comment`).not.toContain('<!--');
  }
  // One file for the whole site, named by its content's hash: fetched once, cached for every page.
  expect([...stylesheets]).toEqual([expect.stringMatching(/^\/_astro\/[\w-]+\.[\w-]{8}\.css$/)]);
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
