import { Feed } from 'feed';
import { countChanges } from '../core/compare';
import type { Matrix } from '../core/schema';
import type { ReleaseEntry } from '../data/releases';
import { fill, formatDate, plural } from '../i18n/format';
import { dictionary } from '../i18n/index';
import { changeLines, changeWording, countsText, impactText } from '../shared/change-wording';
import { routes } from '../shared/routes';

const escapeHtml = (text: string) =>
  text.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char] ?? char);

/**
 * A tag URI (RFC 4151) under the host of the matrix's source: the same in every deployment
 * (SITE_URL, BASE_PATH), so a feed reader never sees an entry twice.
 */
function tagUri({ meta }: Matrix, date: string, specific: string): string {
  return `tag:${new URL(meta.sourceUrl).hostname},${date}:${specific}`;
}

/** The Atom 1.0 feed of the changes, one entry per release, newest first, in the language of the matrix's edition. */
export function changesFeed(matrix: Matrix, entries: readonly ReleaseEntry[], urlFor: (path: string) => string): string {
  const { meta } = matrix;
  const strings = dictionary(meta.lang);
  const t = strings.changeLog;
  const first = entries.at(-1)?.release.lastUpdated ?? meta.lastUpdated;
  const updated = entries[0]?.release.lastUpdated ?? meta.lastUpdated;
  const feed = new Feed({
    id: tagUri(matrix, first, 'raci-changes'),
    title: fill(strings.site.feedTitle, { site: meta.shortTitle }),
    description: fill(t.feedDescription, { site: meta.shortTitle }),
    link: urlFor(routes.changes()),
    language: meta.lang,
    updated: new Date(`${updated}T00:00:00Z`),
    feedLinks: { atom: urlFor(routes.changesFeed()) },
    author: { name: meta.shortTitle, link: urlFor(routes.matrix()) },
    generator: false,
  });
  for (const { release, previous, changes, activityCount } of entries) {
    const date = release.lastUpdated;
    const wording = changeWording(meta.lang, [...release.parties, ...(previous?.parties ?? [])], meta.roles);
    const summary = changes ? countsText(wording, countChanges(changes)) : plural(meta.lang, activityCount, t.feedFirst);
    const details = changes
      ? [
          ...changes.impact.map((impact) => fill(t.feedImpact, { party: impact.party.name, impact: impactText(wording, impact) })),
          ...changeLines(wording, changes),
        ]
      : [];
    const link = urlFor(routes.release(date));
    feed.addItem({
      id: tagUri(matrix, date, `raci-release/${date}`),
      title: fill(t.release, { date: formatDate(meta.lang, date) }),
      link,
      date: new Date(`${date}T00:00:00Z`),
      description: summary,
      content: [
        `<p>${escapeHtml(summary)}</p>`,
        details.length > 0 ? `<ul>${details.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : '',
        `<p><a href="${escapeHtml(link)}">${escapeHtml(t.feedReleasePage)}</a> · <a href="${escapeHtml(urlFor(routes.releaseExport(date)))}">${escapeHtml(t.feedReleaseJson)}</a></p>`,
      ].join(''),
    });
  }
  return feed.atom1();
}
