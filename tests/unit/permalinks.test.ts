import { describe, expect, test } from 'vitest';
import { AliasError, aliasSiteProblems, parseAliases } from '../../src/lib/site/aliases';
import { absoluteUrl, sectionFamily, sectionSlug } from '../../src/lib/site/links';
import {
  type Aliases,
  type BuiltPage,
  checkPublicIds,
  extendPublicIds,
  isPublicAnchor,
  type PublicIds,
  resolveAnchorAlias,
  resolvePageAlias,
} from '../../src/lib/site/permalinks';
import { wrapText } from '../../src/lib/site/share-image';

const none: Aliases = { anchors: {}, pages: {} };

describe('anchor aliases', () => {
  const aliases = { anchors: { 'section-old': 'section-older-new', 'section-older-new': 'section-new', 'activity-x': 'activity-y' } };
  const here = new Set(['section-new', 'section-older-new-elsewhere']);
  const exists = (id: string) => here.has(id);

  test('lead an old id to the first id of its chain that exists on the page', () => {
    expect(resolveAnchorAlias(aliases, 'section-old', exists)).toBe('section-new');
    expect(resolveAnchorAlias(aliases, 'section-older-new', exists)).toBe('section-new');
  });

  test('give nothing for an id without alias, or whose successors are not on this page', () => {
    expect(resolveAnchorAlias(aliases, 'section-unknown', exists)).toBeUndefined();
    expect(resolveAnchorAlias(aliases, 'activity-x', exists)).toBeUndefined();
  });

  test('stop on a cycle instead of looping', () => {
    expect(resolveAnchorAlias({ anchors: { a: 'b', b: 'a' } }, 'a', () => false)).toBeUndefined();
  });
});

describe('page aliases', () => {
  test('follow chains to the last page', () => {
    const aliases = { pages: { '/a/': '/b/', '/b/': '/c/' } };
    expect(resolvePageAlias(aliases, '/a/')).toBe('/c/');
    expect(resolvePageAlias(aliases, '/c/')).toBeUndefined();
  });
});

describe('the alias file', () => {
  test('is read with both maps optional', () => {
    expect(parseAliases('')).toEqual(none);
    expect(parseAliases('anchors:\n  phase-3: phase-3-service-usage\n')).toEqual({
      anchors: { 'phase-3': 'phase-3-service-usage' },
      pages: {},
    });
    expect(parseAliases('pages:\n  /phases/3/: /phases/3-service-usage/\n').pages).toEqual({ '/phases/3/': '/phases/3-service-usage/' });
  });

  test('rejects malformed ids and paths, unknown keys, cycles and broken YAML, naming each problem', () => {
    const bad = ['anchors:', '  "#phase-3": phase-3-service-usage', 'pages:', '  phases/3: /phases/3-service-usage', 'links: {}'].join(
      '\n',
    );
    expect(() => parseAliases(bad)).toThrow(AliasError);
    try {
      parseAliases(bad);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('anchors.#phase-3');
      expect(message).toContain('pages.phases/3');
      expect(message).toContain('links');
    }
    expect(() => parseAliases('anchors:\n  a-1: a-2\n  a-2: a-1\n')).toThrow(/cycle/);
    expect(() => parseAliases('anchors:\n  a-1: a-1\n')).toThrow(/alias of itself/);
    expect(() => parseAliases('anchors: [')).toThrow(/not valid YAML/);
  });

  test('may not hide a live id nor lead to an anchor that does not exist', () => {
    const site = { anchors: new Set(['phase-1-x', 'section-1-1-y']), pages: new Set(['/', '/phases/1-x/']) };
    expect(aliasSiteProblems({ anchors: { 'phase-1': 'phase-1-x' }, pages: { '/phases/1/': '/phases/1-x/' } }, site)).toEqual([]);
    expect(
      aliasSiteProblems({ anchors: { 'phase-1-x': 'section-1-1-y', 'phase-9': 'phase-9-z' }, pages: { '/phases/1-x/': '/' } }, site),
    ).toEqual([
      'anchors: "phase-1-x" still exists on the site; remove its alias',
      'anchors: "phase-9" → "phase-9-z": no such anchor',
      'pages: "/phases/1-x/" is still a page of the site; remove its alias',
    ]);
  });
});

describe('the public id list', () => {
  const committed: PublicIds = {
    pages: ['/', '/phases/1-x/'],
    anchors: { '/': ['phase-1-x', 'section-1-1-y'], '/phases/1-x/': ['section-1-1-y'] },
  };
  const build: BuiltPage[] = [
    { path: '/', anchors: ['phase-1-x', 'section-1-1-y'] },
    { path: '/phases/1-x/', anchors: ['section-1-1-y'] },
  ];

  test('matches a build that kept every id', () => {
    expect(checkPublicIds(committed, build, none)).toEqual({ missing: [], unlisted: [] });
  });

  test('fails when an anchor is renamed without alias, and passes once an alias keeps it working', () => {
    const renamed: BuiltPage[] = [
      { path: '/', anchors: ['phase-1-x', 'section-1-1-z'] },
      { path: '/phases/1-x/', anchors: ['section-1-1-z'] },
    ];
    const check = checkPublicIds(committed, renamed, none);
    expect(check.missing).toEqual([
      'anchor /#section-1-1-y is gone: add it under "anchors" in content/aliases.yaml with the id that replaces it',
      'anchor /phases/1-x/#section-1-1-y is gone: add it under "anchors" in content/aliases.yaml with the id that replaces it',
    ]);
    expect(check.unlisted).toEqual(['anchor /#section-1-1-z', 'anchor /phases/1-x/#section-1-1-z']);
    const aliases = { anchors: { 'section-1-1-y': 'section-1-1-z' }, pages: {} };
    expect(checkPublicIds(committed, renamed, aliases).missing).toEqual([]);
  });

  test('fails when a page is removed, and passes when a redirect page leads to a page with its anchors', () => {
    const gone: BuiltPage[] = [build[0] as BuiltPage, { path: '/phases/1-new/', anchors: ['section-1-1-y'] }];
    expect(checkPublicIds(committed, gone, none).missing).toEqual([
      'page /phases/1-x/ is gone: add it under "pages" in content/aliases.yaml with the page that replaces it',
    ]);
    const redirected = [...gone, { path: '/phases/1-x/', anchors: [], redirectTo: '/phases/1-new/' }];
    expect(checkPublicIds(committed, redirected, none)).toEqual({
      missing: [],
      unlisted: ['page /phases/1-new/', 'anchor /phases/1-new/#section-1-1-y'],
    });
  });

  test('fails on new pages and anchors not listed yet', () => {
    const grown: BuiltPage[] = [...build, { path: '/sections/1-1-y/', anchors: ['section-1-1-y'] }];
    expect(checkPublicIds(committed, grown, none).unlisted).toEqual(['page /sections/1-1-y/', 'anchor /sections/1-1-y/#section-1-1-y']);
  });

  test('is extended with new ids, never loses old ones, and lists the anchor aliases that work on a page', () => {
    const aliases = { anchors: { 'section-1-1-old': 'section-1-1-y' }, pages: {} };
    const grown: BuiltPage[] = [...build, { path: '/sections/1-1-y/', anchors: ['section-1-1-y'] }];
    expect(extendPublicIds(committed, grown, aliases)).toEqual({
      pages: ['/', '/phases/1-x/', '/sections/1-1-y/'],
      anchors: {
        '/': ['phase-1-x', 'section-1-1-old', 'section-1-1-y'],
        '/phases/1-x/': ['section-1-1-old', 'section-1-1-y'],
        '/sections/1-1-y/': ['section-1-1-old', 'section-1-1-y'],
      },
    });
  });

  test('counts phase, section and activity anchors only', () => {
    expect(['phase-3-service-usage', 'section-3-1-ops', 'activity-5-2-x'].every(isPublicAnchor)).toBe(true);
    expect(['phase-pages', 'main', 'legend', 'toc-heading'].some(isPublicAnchor)).toBe(false);
  });
});

describe('links', () => {
  test('section pages are named by number and title', () => {
    expect(sectionSlug('3.1.2', 'Access management')).toBe('3-1-2-access-management');
    expect(sectionSlug('2.3', "Customer's IS installation")).toBe('2-3-customer-s-is-installation');
  });

  test('absolute URLs honour the site and the base', () => {
    expect(absoluteUrl('https://raci.example.org', '/', '/sections/x/')).toBe('https://raci.example.org/sections/x/');
    expect(absoluteUrl('https://example.com', '/raci/', '/', 'phase-3')).toBe('https://example.com/raci/#phase-3');
    expect(absoluteUrl(new URL('https://example.com/'), '/raci', 'og/matrix.png')).toBe('https://example.com/raci/og/matrix.png');
  });

  test('a section page holds the section and every section below it', () => {
    const sections = ['3.1', '3.1.1', '3.1.2', '3.10', '3.2'].map((number) => ({ number }));
    expect(sectionFamily(sections, { number: '3.1' }).map((s) => s.number)).toEqual(['3.1', '3.1.1', '3.1.2']);
  });
});

describe('share image text', () => {
  test('wraps on words and ends an overlong text with an ellipsis', () => {
    expect(wrapText('3.1.2. Access management', 40, 3)).toEqual(['3.1.2. Access management']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('aaa bbb ccc', 7, 3)).toEqual(['aaa bbb', 'ccc']);
  });
});
