/** The dictionaries of the site's languages, by language tag. */
import { type Dictionary, en } from './en.ts';

const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en };

/** The interface strings of `lang`; a language without a dictionary fails the build, naming the ones there are. */
export function dictionary(lang: string): Dictionary {
  const found = DICTIONARIES[lang];
  if (!found)
    throw new Error(`No interface strings for the language "${lang}": there are ${Object.keys(DICTIONARIES).join(', ')} (src/i18n/).`);
  return found;
}

export type { Dictionary };
