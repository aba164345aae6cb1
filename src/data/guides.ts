import { type CollectionEntry, getCollection } from 'astro:content';
import { DEFAULT_LANG } from '../i18n/index';

/** A guide's name within its edition: `en/reading-the-matrix` → `reading-the-matrix`. */
export const guideSlugOf = (guide: CollectionEntry<'guides'>) => guide.id.slice(guide.id.indexOf('/') + 1);

/** The guides of the edition in `lang`, in their declared order. */
export async function getGuides(lang: string = DEFAULT_LANG): Promise<CollectionEntry<'guides'>[]> {
  return (await getCollection('guides', (guide) => guide.id.startsWith(`${lang}/`))).sort((a, b) => a.data.order - b.data.order);
}
