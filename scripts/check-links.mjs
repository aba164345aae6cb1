// Fails on any internal link or #fragment of a built site that does not resolve: every href, src,
// form action, og:url, og:image, twitter:image and redirect of every page, the robots.txt sitemap
// and the sitemap's URLs. Internal means on the configured site's origin; it must also stay under
// the base. Usage: node scripts/check-links.mjs [dir]   (SITE_URL and BASE_PATH as for the build)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { base as configuredBase, site as configuredSite, normalizedBase, outDir } from '../src/config/deploy-env.mjs';
import { readBuiltSite } from './lib/built-site.mjs';

/** @returns {string[]} one line per broken link: "page: link → why" */
export function checkLinks(dir, site = configuredSite, base = configuredBase) {
  const built = readBuiltSite(dir);
  const origin = new URL(site).origin;
  const prefix = normalizedBase(base);
  const problems = [];

  const check = (from, link) => {
    if (link === '' || /^(mailto|tel|data|javascript):/i.test(link)) return;
    const fromUrl = new URL(`${prefix}${from.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const url = new URL(link, fromUrl);
    if (url.origin !== origin) return;
    const report = (why) => problems.push(`${from}: ${link} → ${why}`);
    if (!url.pathname.startsWith(prefix)) return report(`outside the base ${prefix}`);
    const relative = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    if (!built.files.has(file)) return report('no such file');
    if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      const target = built.html.get(file);
      if (target && !target.ids.has(id)) report(`no element with id "${id}" on that page`);
    }
  };

  for (const page of built.html.values()) for (const link of page.links) check(page.file, link);
  const robots = path.join(dir, 'robots.txt');
  if (existsSync(robots)) for (const [, url] of readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) check('robots.txt', url);
  for (const file of built.files) {
    if (!/^sitemap.*\.xml$/.test(file)) continue;
    for (const [, url] of readFileSync(path.join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) check(file, url);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? outDir;
  const problems = checkLinks(dir);
  if (problems.length > 0) {
    console.error(`${problems.length} broken link(s) in ${dir} (site ${configuredSite}, base ${normalizedBase()}):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`links: every internal link and #fragment in ${dir} resolves (base ${normalizedBase()})`);
}
