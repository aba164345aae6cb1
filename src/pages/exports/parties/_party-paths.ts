import type { GetStaticPaths } from 'astro';
import { getMatrix } from '../../../data/matrix';

/** One export per declared party. */
export const partyPaths = (async () => {
  const { meta } = await getMatrix();
  return meta.parties.map((party) => ({ params: { party: party.id }, props: { party } }));
}) satisfies GetStaticPaths;
