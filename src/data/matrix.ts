/** The matrix of each edition, from the content collections (src/content.config.ts), read once per build. */
import { getCollection, getEntry, render } from 'astro:content';
import type { Aliases } from '../core/alias-chains';
import type { EditionDifference } from '../core/editions';
import type { Matrix } from '../core/schema';
import { DEFAULT_LANG } from '../i18n/index';

const cached = new Map<string, Promise<Matrix>>();

async function matrixEntry(lang: string) {
  const entry = await getEntry('matrix', lang);
  if (!entry)
    throw new Error(
      `The content has no edition in "${lang}": its matrix.md is missing (content/${lang === DEFAULT_LANG ? '' : `${lang}/`}).`,
    );
  return entry;
}

/** The languages of the content's editions, the primary edition's first. */
export async function getLanguages(): Promise<string[]> {
  const langs = (await getCollection('matrix')).map((entry) => entry.id);
  return [DEFAULT_LANG, ...langs.filter((lang) => lang !== DEFAULT_LANG).sort()];
}

/** The validated matrix of the edition in `lang` (the page's `Astro.currentLocale`; the primary edition's by default). */
export function getMatrix(lang: string = DEFAULT_LANG): Promise<Matrix> {
  let matrix = cached.get(lang);
  if (!matrix) {
    matrix = (async () => {
      const { data } = await matrixEntry(lang);
      const { differences: _differences, ...meta } = data;
      const phases = (await getCollection('phases', (phase) => phase.id.startsWith(`${lang}/`)))
        .map((phase) => phase.data)
        .sort((a, b) => a.number - b.number);
      return { meta, phases };
    })();
    cached.set(lang, matrix);
  }
  return matrix;
}

/** The letters recorded as differing between this edition and another (content/<lang>/differences.yaml). */
export async function getDifferences(lang: string = DEFAULT_LANG): Promise<EditionDifference[]> {
  return (await matrixEntry(lang)).data.differences;
}

/** The aliases of renamed anchors and pages (content/aliases.yaml), already checked against the site: every edition's. */
export async function getAliases(): Promise<Aliases> {
  const entry = await getEntry('aliases', 'aliases');
  if (!entry) throw new Error('The aliases collection is empty: its loader did not run.');
  return entry.data;
}

/** The rendered "Objective" prose of the edition's `matrix.md`. */
export async function getObjective(lang: string = DEFAULT_LANG) {
  return (await render(await matrixEntry(lang))).Content;
}

/**
 * A page's `getStaticPaths` in every edition: the paths `paths(lang)` gives for each language, under
 * `/<lang>/` but the primary edition's (the pages' `[...lang]` folder), each with its `lang` prop.
 */
export async function inEveryEdition<Params extends Record<string, string>, Props extends object>(
  paths: (lang: string) => Promise<{ params: Params; props: Props }[]>,
) {
  const langs = await getLanguages();
  const all = await Promise.all(
    langs.map(async (lang) =>
      (await paths(lang)).map(({ params, props }) => ({
        params: { ...params, lang: lang === DEFAULT_LANG ? undefined : lang },
        props: { ...props, lang },
      })),
    ),
  );
  return all.flat();
}

/** `getStaticPaths` of a page per party, in every edition: `params.party` its id, `props.party` the party as the edition names it. */
export const partyPaths = () =>
  inEveryEdition(async (lang) => (await getMatrix(lang)).meta.parties.map((party) => ({ params: { party: party.id }, props: { party } })));
