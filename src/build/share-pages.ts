import { countChanges } from '../core/compare';
import { sectionFamily } from '../core/query';
import type { Matrix, Phase, Section } from '../core/schema';
import { getMatrix } from '../data/matrix';
import { getChangeHistory, type ReleaseEntry } from '../data/releases';
import { formatDate } from '../i18n/format';
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

const RACI = 'Responsible, Accountable, Consulted and Informed';
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const activitiesIn = (sections: readonly Section[]) => sections.reduce((total, section) => total + section.activities.length, 0);

function partiesText({ meta }: Matrix): string {
  const names = meta.parties.map((party) => party.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

export function matrixShare(matrix: Matrix, footer: string): PageShare {
  const { meta, phases } = matrix;
  const activities = phases.reduce((total, phase) => total + activitiesIn(phase.sections), 0);
  return {
    title: meta.shortTitle,
    description: meta.description,
    imageName: 'matrix',
    image: {
      eyebrow: meta.shortTitle,
      title: meta.title,
      subtitle: `${count(activities, 'activity', 'activities')} in ${count(phases.length, 'phase', 'phases')}: who is ${RACI} (${partiesText(matrix)}).`,
      footer,
    },
  };
}

export function phaseShare(matrix: Matrix, phase: Phase, footer: string): PageShare {
  const title = numberedTitle(phase.number, phase.title);
  const activities = count(activitiesIn(phase.sections), 'activity', 'activities');
  return {
    title: `Phase ${title}`,
    description: `Who is ${RACI} for the ${activities} of phase ${title}.`,
    imageName: phase.id,
    image: {
      eyebrow: `${matrix.meta.shortTitle} · Phase ${phase.number}`,
      title,
      subtitle: `Who is ${RACI} (${partiesText(matrix)}) for its ${activities}.`,
      footer,
    },
  };
}

export function sectionShare(matrix: Matrix, phase: Phase, section: Section, footer: string): PageShare {
  const title = numberedTitle(section.number, section.title);
  const activities = count(activitiesIn(sectionFamily(phase.sections, section)), 'activity', 'activities');
  const phaseTitle = numberedTitle(phase.number, phase.title);
  return {
    title,
    description: `Who is ${RACI} (${partiesText(matrix)}) for the ${activities} of section ${title}, phase ${phaseTitle}.`,
    imageName: section.id,
    image: {
      eyebrow: `${matrix.meta.shortTitle} · Phase ${phaseTitle}`,
      title,
      subtitle: `Who is ${RACI} (${partiesText(matrix)}) for its ${activities}.`,
      footer,
    },
  };
}

export function changesShare(matrix: Matrix, entries: readonly ReleaseEntry[], footer = ''): PageShare {
  const releases = count(entries.length, 'release', 'releases');
  return {
    title: 'Changes',
    description: `Every release of the ${matrix.meta.shortTitle} matrix published here (${releases}), newest first: what changed in each, and for whom.`,
    imageName: 'changes',
    image: { eyebrow: matrix.meta.shortTitle, title: 'Changes', subtitle: `${releases}: what changed in each, and for whom.`, footer },
  };
}

export function releaseShare(matrix: Matrix, entry: ReleaseEntry, footer = ''): PageShare {
  const { shortTitle, lang } = matrix.meta;
  const date = entry.release.lastUpdated;
  const title = `Release of ${formatDate(lang, date)}`;
  const activities = count(entry.activityCount, 'activity', 'activities');
  const wording = changeWording(lang, matrix.meta.parties, matrix.meta.roles);
  const summary = entry.changes ? countsText(wording, countChanges(entry.changes)) : `The first publication here: ${activities}`;
  return {
    title,
    description: entry.changes
      ? `What changed in the ${shortTitle} matrix on ${date}: ${summary}.`
      : `The first release of the ${shortTitle} matrix on this site (${date}): ${activities}, with no earlier version recorded here.`,
    imageName: `changes-${date}`,
    image: { eyebrow: `${shortTitle} · Changes`, title, subtitle: `${summary}.`, footer },
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
