import { countChanges } from '../core/compare';
import { sectionFamily } from '../core/query';
import type { Matrix, Phase, Section } from '../core/schema';
import { getMatrix } from '../data/matrix';
import { getChangeHistory, type ReleaseEntry } from '../data/releases';
import { fill, formatDate, formatList, plural } from '../i18n/format';
import { dictionary } from '../i18n/index';
import { changeWording, countsText } from '../shared/change-wording';
import { numberedTitle } from '../shared/labels';
import type { ShareImageText } from './share-image';

/** What a page says about itself: <title>, description, and its share image's name and text. */
export interface PageShare {
  title: string;
  description: string;
  imageName: string;
  image: ShareImageText;
}

const activitiesIn = (sections: readonly Section[]) => sections.reduce((total, section) => total + section.activities.length, 0);

/** The words of the matrix's edition, and what most texts name: the site, the roles, the parties. */
function wordsOf({ meta }: Matrix) {
  const { lang } = meta;
  const strings = dictionary(lang);
  const t = strings.share;
  return {
    lang,
    t,
    strings,
    site: meta.shortTitle,
    /** "Responsible, Accountable, Consulted and Informed": the legend's names. */
    roles: formatList(
      strings.language.lists,
      meta.roles.map((role) => role.name),
      t.rolesList,
    ),
    /** "Customer or OVHcloud". */
    parties: formatList(
      strings.language.lists,
      meta.parties.map((party) => party.name),
      t.partiesList,
    ),
  };
}

export function matrixShare(matrix: Matrix, footer: string): PageShare {
  const { meta, phases } = matrix;
  const w = wordsOf(matrix);
  const activities = phases.reduce((total, phase) => total + activitiesIn(phase.sections), 0);
  return {
    title: meta.shortTitle,
    description: meta.description,
    imageName: 'matrix',
    image: {
      eyebrow: meta.shortTitle,
      title: meta.title,
      subtitle: fill(w.t.matrixSubtitle, {
        activities: plural(w.lang, activities, w.strings.counts.activities),
        phases: plural(w.lang, phases.length, w.strings.counts.phases),
        roles: w.roles,
        parties: w.parties,
      }),
      footer,
    },
  };
}

export function phaseShare(matrix: Matrix, phase: Phase, footer: string): PageShare {
  const w = wordsOf(matrix);
  const title = numberedTitle(phase.number, phase.title);
  const count = activitiesIn(phase.sections);
  const values = { title, roles: w.roles, parties: w.parties, site: w.site, phase: phase.number };
  return {
    title: fill(w.t.phaseTitle, values),
    description: plural(w.lang, count, w.t.phaseDescription, values),
    imageName: phase.id,
    image: {
      eyebrow: fill(w.t.phaseEyebrow, values),
      title,
      subtitle: plural(w.lang, count, w.t.subtitle, values),
      footer,
    },
  };
}

export function sectionShare(matrix: Matrix, phase: Phase, section: Section, footer: string): PageShare {
  const w = wordsOf(matrix);
  const title = numberedTitle(section.number, section.title);
  const count = activitiesIn(sectionFamily(phase.sections, section));
  const values = { title, roles: w.roles, parties: w.parties, site: w.site, phase: numberedTitle(phase.number, phase.title) };
  return {
    title,
    description: plural(w.lang, count, w.t.sectionDescription, values),
    imageName: section.id,
    image: {
      eyebrow: fill(w.t.phaseEyebrow, values),
      title,
      subtitle: plural(w.lang, count, w.t.subtitle, values),
      footer,
    },
  };
}

export function changesShare(matrix: Matrix, entries: readonly ReleaseEntry[], footer = ''): PageShare {
  const w = wordsOf(matrix);
  const values = { site: w.site, releases: plural(w.lang, entries.length, w.strings.counts.releases) };
  return {
    title: w.t.changesTitle,
    description: fill(w.t.changesDescription, values),
    imageName: 'changes',
    image: { eyebrow: w.site, title: w.t.changesTitle, subtitle: fill(w.t.changesSubtitle, values), footer },
  };
}

export function releaseShare(matrix: Matrix, entry: ReleaseEntry, footer = ''): PageShare {
  const w = wordsOf(matrix);
  const date = entry.release.lastUpdated;
  const longDate = formatDate(w.lang, date);
  const title = fill(w.strings.changeLog.release, { date: longDate });
  const activities = plural(w.lang, entry.activityCount, w.strings.counts.activities);
  const wording = changeWording(w.lang, matrix.meta.parties, matrix.meta.roles);
  const summary = entry.changes ? countsText(wording, countChanges(entry.changes)) : fill(w.t.releaseFirstSummary, { activities });
  const values = { site: w.site, date, longDate, summary, activities };
  return {
    title,
    description: fill(entry.changes ? w.t.releaseDescription : w.t.releaseFirstDescription, values),
    imageName: `changes-${date}`,
    image: { eyebrow: fill(w.t.releaseEyebrow, values), title, subtitle: fill(w.t.sentence, { text: summary }), footer },
  };
}

/** Every page of the edition in `lang` that has a share image of its own. */
export async function allShares(footer: string, lang: string): Promise<PageShare[]> {
  const matrix = await getMatrix(lang);
  const { entries } = await getChangeHistory(lang);
  return [
    matrixShare(matrix, footer),
    changesShare(matrix, entries, footer),
    ...entries.map((entry) => releaseShare(matrix, entry, footer)),
    ...matrix.phases.flatMap((phase) => [
      phaseShare(matrix, phase, footer),
      ...phase.sections.map((section) => sectionShare(matrix, phase, section, footer)),
    ]),
  ];
}

/** The host and base shown at the bottom of share images, e.g. `raci.example.org/raci`, from the site's root URL. */
export function shareFooter(rootUrl: string): string {
  const { host, pathname } = new URL(rootUrl);
  return `${host}${pathname}`.replace(/\/+$/, '');
}
