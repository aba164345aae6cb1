/**
 * The dictionaries' French words of the checklist, search and exports (src/i18n/fr.ts): French
 * typography, checked on every string. Each rule is written out here, with the characters it wants.
 */
import { describe, expect, test } from 'vitest';
import { fr } from '../../src/i18n/fr';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every string of a namespace, with its path (`checklist.page.title`). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
}

const french = [...strings(fr.checklist, 'checklist'), ...strings(fr.search, 'search'), ...strings(fr.exports, 'exports')];

/** Where `text` breaks a rule of French typography, in words; empty when it keeps them all. */
function typography(text: string): string[] {
  const problems: string[] = [];
  for (const { 0: found, index } of text.matchAll(/[:;?!](?=\s|$)/g)) {
    const before = text[index - 1];
    const wanted = found === ':' ? NBSP : NNBSP;
    if (before !== wanted) problems.push(`"${found}" at ${index} after ${JSON.stringify(before)}, not ${JSON.stringify(wanted)}`);
  }
  for (const { index } of text.matchAll(/«/g))
    if (text[index + 1] !== NNBSP) problems.push(`« at ${index} without a narrow no-break space`);
  for (const { index } of text.matchAll(/»/g))
    if (text[index - 1] !== NNBSP) problems.push(`» at ${index} without a narrow no-break space`);
  if (/[“”]/.test(text)) problems.push('English quotation marks');
  if (/\p{L}'\p{L}/u.test(text)) problems.push('a straight apostrophe');
  return problems;
}

describe('French typography', () => {
  test('the rules catch what they should', () => {
    expect(typography('Annuler : rien')).toHaveLength(1);
    expect(typography(`Annuler${NBSP}: rien${NNBSP}; fini${NNBSP}?`)).toEqual([]);
    expect(typography('« x »')).toHaveLength(2);
    expect(typography(`«${NNBSP}x${NNBSP}»`)).toEqual([]);
    expect(typography("l'import")).toEqual(['a straight apostrophe']);
    // A colon inside an address is not punctuation.
    expect(typography('https://…')).toEqual([]);
  });

  test('every French string of the checklist, search and exports keeps them', () => {
    expect(french.length).toBeGreaterThan(150);
    expect(french.flatMap(([path, text]) => typography(text).map((problem) => `${path}: ${problem}`))).toEqual([]);
  });

  test('each names the same values in braces as its English string (each once at least)', async () => {
    const { en } = await import('../../src/i18n/en');
    const english = new Map([...strings(en.checklist, 'checklist'), ...strings(en.search, 'search'), ...strings(en.exports, 'exports')]);
    const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
    // The orphan's date: English writes it YYYY-MM-DD ({date}), French in words ({longDate}).
    const mismatches = french
      .filter(([path, text]) => path !== 'checklist.orphanSaved' && names(text).join() !== names(english.get(path) ?? '').join())
      .map(([path]) => path);
    expect(mismatches).toEqual([]);
    expect([...english.keys()].sort()).toEqual(french.map(([path]) => path).sort());
  });
});
