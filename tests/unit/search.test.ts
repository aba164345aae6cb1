import { describe, expect, test } from 'vitest';
import { activityRecords } from '../../src/build/search-records';
import { isSearchShortcut, isTypingTarget } from '../../src/components/search/keys';
import { activitiesFirst, excerptParts, highlightWords, markedWords, resultHref, statusText } from '../../src/components/search/results';
import { catalogOf, isSearchable, parseSearchParams, toPagefindFilters, toSearchParams } from '../../src/components/search/state';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { parsePartyLetters, separateElisions } from '../../src/shared/search-record';
import { expectedRows } from '../fixtures/source-expectations';
import { frenchMatrix, realMatrix } from './helpers';

const { matrix } = realMatrix();
if (!matrix) throw new Error('The real content must read without problems.');

describe('activity records', () => {
  const records = activityRecords(matrix, '/');
  const hypervisor = records.find((r) => r.meta['title'] === 'Update the hypervisor');

  test('one per activity of the source', () => {
    expect(records).toHaveLength(expectedRows.length);
    expect(records.map((r) => r.meta['title'])).toEqual(expectedRows.map((r) => r.activity));
  });

  test('link to the row on the full matrix page, under the base', () => {
    expect(hypervisor?.url).toBe('/#activity-3-2-2-update-the-hypervisor');
    const underBase = activityRecords(matrix, '/raci/').find((r) => r.meta['title'] === 'Update the hypervisor');
    expect(underBase?.url).toBe('/raci/#activity-3-2-2-update-the-hypervisor');
  });

  test('hold the words, the breadcrumb and the roles in words', () => {
    expect(hypervisor?.content).toBe(
      'Update the hypervisor. 3. Service Usage › 3.2. Event management › 3.2.2. Change. Customer: Informed. OVHcloud: Responsible, Accountable.',
    );
    expect(hypervisor?.language).toBe('en');
    const noRole = records.find((r) => r.meta['title'] === 'Choose fallback infrastructures');
    expect(noRole?.content).toContain('OVHcloud: no role.');
  });

  test('carry meta for the breadcrumb and letters', () => {
    expect(hypervisor?.meta).toMatchObject({
      title: 'Update the hypervisor',
      kind: 'activity',
      breadcrumb: '3. Service Usage › 3.2. Event management › 3.2.2. Change',
      phase: '3. Service Usage',
      section: '3.2.2. Change',
    });
    expect(parsePartyLetters(hypervisor?.meta['letters'])).toEqual([
      { party: 'Customer', letters: 'I', label: 'Informed' },
      { party: 'OVHcloud', letters: 'RA', label: 'Responsible, Accountable' },
    ]);
  });

  test('are filtered by phase, section and one role name per party', () => {
    expect(hypervisor?.filters).toEqual({
      phase: ['3. Service Usage'],
      section: ['3.2.2. Change'],
      Customer: ['Informed'],
      OVHcloud: ['Responsible', 'Accountable'],
    });
    const noRole = records.find((r) => r.meta['title'] === 'Securely destroy data on storage media');
    expect(noRole?.filters['Customer']).toEqual(['No role']);
  });

  test('malformed letters meta reads as nothing', () => {
    expect(parsePartyLetters(undefined)).toEqual([]);
    expect(parsePartyLetters('{')).toEqual([]);
    expect(parsePartyLetters('[{"party":1}]')).toEqual([]);
  });
});

describe('the French edition’s records', () => {
  const [hypervisor, destroy] = activityRecords(frenchMatrix(), '/raci/');

  test('link to the row of the French full matrix, under the base, in the French index', () => {
    expect(hypervisor?.url).toBe('/raci/fr/#activity-1-1-mettre-a-jour-l-hyperviseur');
    expect(hypervisor?.language).toBe('fr');
  });

  test('hold the roles in French words, the elided article apart from its word', () => {
    expect(hypervisor?.content).toBe(
      'Mettre à jour l’ hyperviseur. 1. Avant la souscription › 1.1. Spécifier le service. Client\u00a0: Informé. OVHcloud\u00a0: Responsable, Approbateur.',
    );
    expect(hypervisor?.meta['title']).toBe('Mettre à jour l’hyperviseur');
    expect(destroy?.content).toContain('Client\u00a0: aucun rôle.');
  });

  test('are filtered by the French role names, and "Aucun rôle"', () => {
    expect(hypervisor?.filters).toEqual({
      phase: ['1. Avant la souscription'],
      section: ['1.1. Spécifier le service'],
      Client: ['Informé'],
      OVHcloud: ['Responsable', 'Approbateur'],
    });
    expect(destroy?.filters['Client']).toEqual(['Aucun rôle']);
    expect(parsePartyLetters(destroy?.meta['letters'])).toEqual([
      { party: 'Client', letters: '', label: 'Aucun rôle' },
      { party: 'OVHcloud', letters: 'RA', label: 'Responsable, Approbateur' },
    ]);
  });

  test("the French catalog's no-role filter is the index's", () => {
    const catalog = catalogOf(frenchMatrix(), fr.search.records.noRoleFilter);
    expect(toPagefindFilters({ q: '', phase: null, roles: { customer: 'none', ovhcloud: 'A' } }, catalog)).toEqual({
      Client: 'Aucun rôle',
      OVHcloud: 'Approbateur',
    });
  });
});

describe('elided words', () => {
  test('French: the elided word (l’, d’, qu’…) is written apart, whatever its apostrophe and case', () => {
    expect(separateElisions('Mettre à jour l’hyperviseur', 'fr')).toBe('Mettre à jour l’ hyperviseur');
    expect(separateElisions("Gérer l'accès d’un utilisateur qu’il faut", 'fr')).toBe("Gérer l' accès d’ un utilisateur qu’ il faut");
    expect(separateElisions('L’Infrastructure jusqu’à lorsqu’elle', 'fr-FR')).toBe('L’ Infrastructure jusqu’ à lorsqu’ elle');
  });

  test('French: an apostrophe inside a word, or before no letter, stays', () => {
    expect(separateElisions('aujourd’hui', 'fr')).toBe('aujourd’hui');
    expect(separateElisions('l’ hyperviseur, l’', 'fr')).toBe('l’ hyperviseur, l’');
  });

  test('a language without elisions is left as it is', () => {
    expect(separateElisions("the Customer's IS, l'hyperviseur", 'en')).toBe("the Customer's IS, l'hyperviseur");
  });
});

describe('search state ⇄ URL', () => {
  const catalog = catalogOf(matrix, 'No role');

  test('the catalog names phases, parties and roles', () => {
    expect(catalog.phases[2]).toEqual({ number: 3, label: '3. Service Usage' });
    expect(catalog.parties.map((p) => p.id)).toEqual(['customer', 'ovhcloud']);
    expect(catalog.roles.map((r) => r.name)).toEqual(['Responsible', 'Accountable', 'Consulted', 'Informed']);
  });

  test('round-trips through the query string', () => {
    const state = { q: 'backup jobs', phase: 3, roles: { ovhcloud: 'R' as const, customer: 'none' as const } };
    const params = toSearchParams(state, catalog);
    expect(params.toString()).toBe('q=backup+jobs&phase=3&customer=none&ovhcloud=R');
    expect(parseSearchParams(params, catalog)).toEqual(state);
  });

  test('drops unknown or malformed values', () => {
    const state = parseSearchParams(new URLSearchParams('q=%20x%20&phase=9&ovhcloud=X&customer=r&other=1'), catalog);
    expect(state).toEqual({ q: 'x', phase: null, roles: {} });
    expect(toSearchParams({ q: '  ', phase: null, roles: {} }, catalog).toString()).toBe('');
  });

  test('maps to the filter names and values of the index', () => {
    expect(toPagefindFilters({ q: '', phase: 3, roles: { ovhcloud: 'R', customer: 'none' } }, catalog)).toEqual({
      phase: '3. Service Usage',
      OVHcloud: 'Responsible',
      Customer: 'No role',
    });
    expect(toPagefindFilters({ q: 'x', phase: null, roles: {} }, catalog)).toEqual({});
  });

  test('a filter alone is a search; nothing at all is not', () => {
    expect(isSearchable({ q: '', phase: null, roles: {} })).toBe(false);
    expect(isSearchable({ q: '', phase: 2, roles: {} })).toBe(true);
    expect(isSearchable({ q: 'vm', phase: null, roles: {} })).toBe(true);
  });
});

describe('the status line', () => {
  test('English: as the page always wrote it', () => {
    expect(statusText(0, 'hypervisor', en.search.results, 'en')).toBe('No result for “hypervisor”.');
    expect(statusText(0, '', en.search.results, 'en')).toBe('No result.');
    expect(statusText(1, 'x', en.search.results, 'en')).toBe('1 result for “x”.');
    expect(statusText(12, '', en.search.results, 'en')).toBe('12 results.');
  });

  test('French: its plural (one for 0 and 1), guillemets with narrow no-break spaces, counts grouped as French groups them', () => {
    expect(statusText(0, 'hyperviseur', fr.search.results, 'fr')).toBe('Aucun résultat pour «\u202fhyperviseur\u202f».');
    expect(statusText(1, 'x', fr.search.results, 'fr')).toBe('1 résultat pour «\u202fx\u202f».');
    expect(statusText(2, '', fr.search.results, 'fr')).toBe('2 résultats.');
    expect(statusText(1500, '', fr.search.results, 'fr')).toBe('1\u202f500 résultats.');
  });

  test('a query is never read as a template', () => {
    expect(statusText(2, '{count}', en.search.results, 'en')).toBe('2 results for “{count}”.');
  });
});

describe('results', () => {
  test('excerpts become text runs, marked where Pagefind marked them, entities decoded', () => {
    expect(excerptParts('Update the <mark>hypervisor</mark>. R &amp; A &lt;b&gt; &#39;x&#39;')).toEqual([
      { text: 'Update the ', marked: false },
      { text: 'hypervisor', marked: true },
      { text: ". R & A <b> 'x'", marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>safe')).toEqual([{ text: 'safe', marked: false }]);
  });

  test('marked words are highlighted as whole words elsewhere', () => {
    const words = markedWords(excerptParts('<mark>backup</mark> <mark>jobs.</mark> and <mark>(Backup)</mark>'));
    expect(words).toEqual(['backup', 'jobs']);
    expect(highlightWords('Delete backup jobs, backups', words)).toEqual([
      { text: 'Delete ', marked: false },
      { text: 'backup', marked: true },
      { text: ' ', marked: false },
      { text: 'jobs', marked: true },
      { text: ', backups', marked: false },
    ]);
    expect(markedWords(excerptParts('a <mark>post-mortem</mark>'))).toEqual(['post-mortem']);
    expect(highlightWords('Plain (text)', [])).toEqual([{ text: 'Plain (text)', marked: false }]);
    // Words are matched literally, not as patterns.
    expect(highlightWords('axb a.b', ['a.b'])).toEqual([
      { text: 'axb ', marked: false },
      { text: 'a.b', marked: true },
    ]);
  });

  test('activity results keep their stored path; pages use the URL Pagefind based', () => {
    expect(resultHref({ url: '/raci/raci/#activity-x', raw_url: '/raci/#activity-x', meta: { kind: 'activity' } })).toBe(
      '/raci/#activity-x',
    );
    expect(resultHref({ url: '/raci/phases/1-x/', raw_url: '/phases/1-x/', meta: { title: 'x' } })).toBe('/raci/phases/1-x/');
  });

  test('activities come before pages, each in the given order', () => {
    const list = [
      { kind: undefined, n: 1 },
      { kind: 'activity', n: 2 },
      { kind: 'activity', n: 3 },
      { kind: undefined, n: 4 },
    ];
    expect(activitiesFirst(list).map((r) => r.n)).toEqual([2, 3, 1, 4]);
  });
});

describe('shortcuts', () => {
  const key = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown }> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: { tagName: 'BODY' },
    ...extra,
  });

  test('/ opens search except while typing; Ctrl+K and ⌘+K always do', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('/', { target: { tagName: 'INPUT' } }))).toBe(false);
    expect(isSearchShortcut(key('/', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true, target: { tagName: 'TEXTAREA' } }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
  });
});
