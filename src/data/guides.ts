import { type CollectionEntry, getCollection } from 'astro:content';

/** The guides, in their declared order. */
export async function getGuides(): Promise<CollectionEntry<'guides'>[]> {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}
