import type { GetStaticPaths } from 'astro';
import { getMatrix, inEveryEdition } from '../../../../data/matrix';

/** One export per declared party, in every edition. */
export const partyPaths = (() =>
  inEveryEdition(async (lang) => {
    const { meta } = await getMatrix(lang);
    return meta.parties.map((party) => ({ params: { party: party.id }, props: { party } }));
  })) satisfies GetStaticPaths;
