/** The dictionaries of the site's languages, by language tag. */
import { type Dictionary, en } from './en.ts';
import { fr } from './fr.ts';

/** The primary edition's language: its pages are at the root, every other edition's under `/<lang>/`. */
export const DEFAULT_LANG = 'en';

const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, fr };

/**
 * The interface strings of `lang` (the page's `Astro.currentLocale`; undefined is the primary
 * edition's); a language without a dictionary fails the build, naming the ones there are.
 */
export function dictionary(lang: string | undefined = DEFAULT_LANG): Dictionary {
  const found = DICTIONARIES[lang];
  if (!found)
    throw new Error(`No interface strings for the language "${lang}": there are ${Object.keys(DICTIONARIES).join(', ')} (src/i18n/).`);
  return found;
}

/** The site path of `path` in the edition of `lang`: `/fr/phases/1-x/` for French, the path itself for the primary edition. */
export function localizedPath(path: string, lang: string | undefined = DEFAULT_LANG): string {
  if (lang === DEFAULT_LANG) return path;
  return `/${lang}/${path.replace(/^\/+/, '')}`;
}

/** The path a localized path is the edition of, and the language: `/fr/phases/1-x/` → `/phases/1-x/`, `fr`. */
export function unlocalizedPath(path: string, langs: readonly string[]): { path: string; lang: string } {
  const [, first = ''] = path.split('/');
  if (first !== DEFAULT_LANG && langs.includes(first)) return { path: path.slice(first.length + 1) || '/', lang: first };
  return { path, lang: DEFAULT_LANG };
}

export type { Dictionary };
