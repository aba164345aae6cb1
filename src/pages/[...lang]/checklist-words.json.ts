import type { APIRoute, GetStaticPaths } from 'astro';
import { scriptStrings, splitScriptStrings } from '../../components/checklist/strings';
import { inEveryEdition } from '../../data/matrix';
import { dictionary } from '../../i18n/index';

export const getStaticPaths = (() => inEveryEdition(async () => [{ params: {}, props: {} }])) satisfies GetStaticPaths;

/** The words a checklist page writes only on import or a spreadsheet export, in the page's language (strings.ts). */
export const GET: APIRoute = ({ currentLocale }) => {
  const words = dictionary(currentLocale);
  const { later } = splitScriptStrings(scriptStrings(words.checklist, words.exports.sheet));
  return new Response(JSON.stringify(later), { headers: { 'Content-Type': 'application/json' } });
};
