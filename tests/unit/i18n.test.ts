import { describe, expect, test } from 'vitest';
import { changesFeed } from '../../src/build/feed';
import { wrapText } from '../../src/build/share-image';
import { withPlace } from '../../src/components/language-switch/place';
import { readMatrix } from '../../src/core/read-matrix';
import type { ReleaseEntry } from '../../src/data/releases';
import { en } from '../../src/i18n/en';
import { fill, fillParts, formatDate, formatList, formatNumber, plural } from '../../src/i18n/format';
import { fr } from '../../src/i18n/fr';
import { DEFAULT_LANG, dictionary, localizedPath, unlocalizedPath } from '../../src/i18n/index';
import { frenchSpacing, typesetMessages } from '../../src/i18n/typography';
import { readContentFiles } from '../../src/node/content-folder';
import { roleLabel } from '../../src/shared/labels';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every message of a dictionary, by its dotted key. */
function messages(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([name, inner]) => messages(inner, key ? `${key}.${name}` : name));
  return [];
}

const names = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''));

describe('messages', () => {
  test('fill names its values; an unknown name stays as written', () => {
    expect(fill('{count} of {total}', { count: 3, total: 44 })).toBe('3 of 44');
    expect(fill('see {link}', {})).toBe('see {link}');
  });

  test('fillParts leaves the names without a value as parts, for the markup to put an element in', () => {
    expect(fillParts('Source: {link}. Last updated {date}.', { date: '1 May' })).toEqual([
      'Source: ',
      { name: 'link' },
      '. Last updated 1 May.',
    ]);
    expect(fillParts('{link}: the rest')).toEqual([{ name: 'link' }, ': the rest']);
    expect(fillParts('no value')).toEqual(['no value']);
  });

  test('plural chooses the form of the language: French 0 and 1 are singular', () => {
    const forms = { one: '{count} activité', other: '{count} activités' };
    expect([0, 1, 2].map((count) => plural('fr', count, forms))).toEqual(['0 activité', '1 activité', '2 activités']);
    expect(plural('en', 0, en.counts.activities)).toBe('0 activities');
    expect(plural('en', 1, en.counts.activities)).toBe('1 activity');
    expect(plural('fr', 1234, forms)).toBe(`1${NNBSP}234 activités`);
  });

  test('dates, numbers and lists in the language', () => {
    expect(formatDate('en', '2024-01-22')).toBe('January 22, 2024');
    expect(formatDate('fr', '2024-01-22')).toBe('22 janvier 2024');
    expect(formatNumber('fr', 12345)).toBe(`12${NNBSP}345`);
    expect(formatList('fr', ['Responsable', 'Approbateur', 'Consulté', 'Informé'], 'disjunction')).toBe(
      'Responsable, Approbateur, Consulté ou Informé',
    );
    expect(formatList('en', ['Customer', 'OVHcloud'], 'disjunction')).toBe('Customer or OVHcloud');
  });
});

describe('French typography', () => {
  test('no-break space before a colon, narrow ones inside guillemets and before ; ? !', () => {
    expect(frenchSpacing('Source : x ; « y » ? z !')).toBe(`Source${NBSP}: x${NNBSP}; «${NNBSP}y${NNBSP}»${NNBSP}? z${NNBSP}!`);
    expect(frenchSpacing('«y»: z')).toBe(`«${NNBSP}y${NNBSP}»${NBSP}: z`);
    expect(frenchSpacing('Lettres : ')).toBe(`Lettres${NBSP}: `);
  });

  test('leaves addresses, placeholders and typeset text alone', () => {
    expect(frenchSpacing('https://example.org/{path}')).toBe('https://example.org/{path}');
    const typeset = frenchSpacing('« a » : b');
    expect(frenchSpacing(typeset)).toBe(typeset);
  });

  test('typesetMessages keeps the shape and what is not text', () => {
    expect(typesetMessages({ a: 'x : y', b: { c: ['« z »'] }, n: 1 }, frenchSpacing)).toEqual({
      a: `x${NBSP}: y`,
      b: { c: [`«${NNBSP}z${NNBSP}»`] },
      n: 1,
    });
  });
});

describe('dictionaries', () => {
  test('every language has the same keys', () => {
    expect(messages(fr).map(([key]) => key)).toEqual(messages(en).map(([key]) => key));
  });

  test('French messages are typeset: no breakable space before : ; ? ! nor inside « », no English quotes, no straight apostrophe', () => {
    for (const [key, message] of messages(fr)) {
      expect(message, key).not.toMatch(/ [:;?!](\s|$)|« | »/);
      expect(message, key).not.toMatch(/[^\s{]:(\s|$)/);
      expect(message, key).not.toMatch(/[“”]/);
      expect(message, key).not.toMatch(/\p{L}'\p{L}/u);
    }
  });

  test('French messages name the values and elements the English ones do (a date may be the long one; a count the form implies)', () => {
    const english = new Map(messages(en));
    for (const [key, message] of messages(fr)) {
      const theirs = names(english.get(key) ?? '');
      const ours = names(message);
      for (const name of ours) expect(theirs.has(name) || name === 'longDate', `${key}: {${name}}`).toBe(true);
      for (const name of theirs) if (name !== 'count' && name !== 'date') expect(ours.has(name), `${key}: {${name}}`).toBe(true);
    }
  });

  test('dictionary() by the page language; the primary edition by default; an unknown language fails, naming the known ones', () => {
    expect(dictionary('fr')).toBe(fr);
    expect(dictionary()).toBe(en);
    expect(dictionary(undefined)).toBe(dictionary(DEFAULT_LANG));
    expect(() => dictionary('de')).toThrow(/"de".*en, fr/);
  });

  test('a cell without letters is spoken in the page language', () => {
    expect(roleLabel([], [], fr.roles.noneLabel)).toBe('Aucun rôle');
    expect(roleLabel([], [], en.roles.noneLabel)).toBe('No role');
  });
});

describe('editions of a page', () => {
  test('the same page in the other edition: the path with the language prefix added or removed', () => {
    expect(localizedPath('/phases/3-service-usage/', 'fr')).toBe('/fr/phases/3-service-usage/');
    expect(localizedPath('/', 'en')).toBe('/');
    expect(unlocalizedPath('/fr/', ['en', 'fr'])).toEqual({ path: '/', lang: 'fr' });
    expect(unlocalizedPath('/fr/parties/customer/', ['en', 'fr'])).toEqual({ path: '/parties/customer/', lang: 'fr' });
    expect(unlocalizedPath('/parties/customer/', ['en', 'fr'])).toEqual({ path: '/parties/customer/', lang: 'en' });
  });

  test('the language switch takes the reader’s place: the query and the fragment', () => {
    expect(withPlace('https://x.test/fr/', { search: '', hash: '#activity-1-1-1-sign' })).toBe('https://x.test/fr/#activity-1-1-1-sign');
    expect(withPlace('https://x.test/parties/customer/', { search: '?role=R', hash: '' })).toBe('https://x.test/parties/customer/?role=R');
    expect(withPlace('https://x.test/', { search: '', hash: '' })).toBe('https://x.test/');
  });
});

test('share images break lines at ordinary spaces only, keeping French no-break spaces', () => {
  const lines = wrapText(fr.share.changesSubtitle.replace('{releases}', '1 version'), 20, 3);
  expect(lines.join(' ')).toContain(`version${NBSP}:`);
  expect(lines.every((line) => !line.startsWith(':'))).toBe(true);
});

describe('the Atom feed, in the language of its edition', () => {
  const read = (folder: string) => {
    const { matrixFile, phaseFiles } = readContentFiles(folder);
    const { matrix } = readMatrix(matrixFile, phaseFiles);
    if (!matrix) throw new Error(`${folder} does not read`);
    return matrix;
  };
  const first = (date: string, activityCount: number) =>
    ({
      release: { lastUpdated: date, parties: [] },
      previous: undefined,
      changes: undefined,
      sinceThen: undefined,
      activityCount,
    }) as unknown as ReleaseEntry;
  const url = (path: string) => `https://raci.example.org${path}`;

  test('French: its title, its entries and their links', () => {
    const feed = changesFeed(read('content/fr'), [first('2024-01-22', 79)], (path) => url(`/fr${path}`));
    expect(feed).toContain(`<title>RACI SecNumCloud${NBSP}: modifications</title>`);
    expect(feed).toContain('<title type="html"><![CDATA[Version du 22 janvier 2024]]></title>');
    expect(feed).toContain(`La première publication de la matrice sur ce site${NBSP}: 79 activités.`);
    expect(feed).toContain(
      '>La page de la version</a> · <a href="https://raci.example.org/fr/exports/releases/2024-01-22.json">la version en JSON</a>',
    );
  });

  test('English: as it always read', () => {
    const feed = changesFeed(read('content'), [first('2026-06-11', 79)], url);
    expect(feed).toContain('<title>SecNumCloud RACI: changes</title>');
    expect(feed).toContain('<![CDATA[Release of June 11, 2026]]>');
    expect(feed).toContain('The first publication of the matrix on this site: 79 activities.');
    expect(feed).toContain(
      '>The release\'s page</a> · <a href="https://raci.example.org/exports/releases/2026-06-11.json">the release as JSON</a>',
    );
  });
});
