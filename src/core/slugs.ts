/** Turns text into a lowercase ASCII slug: accents dropped, runs of anything else collapsed to `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const numberSlug = (sectionNumber: string) => sectionNumber.replaceAll('.', '-');

export function phaseSlug(phaseNumber: number, title: string): string {
  return `${phaseNumber}-${slugify(title)}`;
}

export function phaseId(phaseNumber: number, title: string): string {
  return `phase-${phaseSlug(phaseNumber, title)}`;
}

export function sectionId(sectionNumber: string, title: string): string {
  return `section-${sectionSlug(sectionNumber, title)}`;
}

/**
 * Activity ids carry their section number, so equal wording in two sections stays distinct, and
 * the whole wording: activities often differ only in their last words.
 */
export function activityId(sectionNumber: string, text: string): string {
  return `activity-${numberSlug(sectionNumber)}-${slugify(text)}`;
}

export function partyId(name: string): string {
  return slugify(name);
}

/** URL segment of a section page, from its number and title: `3-1-2-access-management`. */
export function sectionSlug(sectionNumber: string, title: string): string {
  return `${numberSlug(sectionNumber)}-${slugify(title)}`;
}
