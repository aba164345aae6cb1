import { describe, expect, test } from 'vitest';
import { type BuiltPage, checkPublicIds, extendPublicIds, isPublicAnchor, type PublicIds } from '../../src/build/permalinks';
import { wrapText } from '../../src/build/share-image';
import { type Aliases, resolveAnchorAlias, resolvePageAlias } from '../../src/core/alias-chains';
import { readAliases } from '../../src/core/aliases';
import { sectionFamily } from '../../src/core/query';
import { sectionSlug } from '../../src/core/slugs';
import { absoluteUrl, fragmentId } from '../../src/shared/routes';

const FILE = 'content/aliases.yaml';
const read = (source: string, live?: Parameters<typeof readAliases>[1]) => readAliases({ file: FILE, source }, live);
const located = (source: string, live?: Parameters<typeof readAliases>[1]) =>
  read(source, live).problems.map((p) => `${p.line}:${p.column} [${p.rule}] ${p.message} (${p.value})`);

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
    expect(read('').aliases).toEqual(none);
    expect(read('anchors:\n  phase-3: phase-3-service-usage\n').aliases).toEqual({
      anchors: { 'phase-3': 'phase-3-service-usage' },
      pages: {},
    });
    expect(read('pages:\n  /phases/3/: /phases/3-service-usage/\n').aliases?.pages).toEqual({ '/phases/3/': '/phases/3-service-usage/' });
  });

  test('rejects malformed ids and paths and unknown keys, each on the line of its key', () => {
    const bad = ['anchors:', '  "#phase-3": phase-3-service-usage', 'pages:', '  phases/3: /phases/3-service-usage', 'links: {}'].join(
      '\n',
    );
    const { aliases, problems } = read(bad);
    expect(aliases).toBeUndefined();
    expect(problems.map((p) => [p.file, p.line, p.rule, p.value])).toEqual([
      [FILE, 2, 'aliases-invalid', '#phase-3'],
      [FILE, 4, 'aliases-invalid', 'phases/3'],
      [FILE, 5, 'aliases-invalid', 'links'],
    ]);
  });

  test('rejects cycles and broken YAML, located', () => {
    expect(located('anchors:\n  a-1: a-2\n  a-2: a-1\n')).toEqual([
      '2:3 [alias-cycle] anchors: "a-1" → "a-2" is part of a cycle. (a-1)',
      '3:3 [alias-cycle] anchors: "a-2" → "a-1" is part of a cycle. (a-2)',
    ]);
    expect(located('anchors:\n  a-1: a-1\n')).toEqual(['2:3 [alias-cycle] anchors: "a-1" is an alias of itself. (a-1)']);
    expect(read('anchors: [').problems.map((p) => [p.line, p.rule])).toEqual([[1, 'aliases-yaml']]);
  });

  test('may not hide a live id nor lead to one that does not exist', () => {
    const live = { anchors: new Set(['phase-1-x', 'section-1-1-y']), pages: new Set(['/', '/phases/1-x/']) };
    expect(located('anchors:\n  phase-1: phase-1-x\npages:\n  /phases/1/: /phases/1-x/\n', live)).toEqual([]);
    const source = [
      'anchors:',
      '  phase-1-x: section-1-1-y',
      '  phase-9: phase-9-z',
      'pages:',
      '  /phases/1-x/: /',
      '  /old/: /gone/',
    ].join('\n');
    // A shadowed alias is located at its key, a missing target at the target.
    expect(located(source, live)).toEqual([
      '2:3 [alias-shadowed] anchors: "phase-1-x" is still live on the site, so its alias would never be used; remove it. (phase-1-x)',
      '3:12 [alias-target-missing] anchors: "phase-9" leads to "phase-9-z", which is not on the site. (phase-9-z)',
      '5:3 [alias-shadowed] pages: "/phases/1-x/" is still live on the site, so its alias would never be used; remove it. (/phases/1-x/)',
      '6:10 [alias-target-missing] pages: "/old/" leads to "/gone/", which is not on the site. (/gone/)',
    ]);
    expect(read(source, live).problems.map((p) => p.file)).toEqual([FILE, FILE, FILE, FILE]);
  });

  test('control characters are refused at their line and column', () => {
    expect(read('anchors:\n  old-id: new\u0007-id\n', { anchors: new Set(['new-id']) }).problems).toContainEqual({
      file: FILE,
      line: 2,
      column: 14,
      rule: 'control-character',
      message: 'The control character U+0007 is not allowed in content; remove it.',
      value: '\u0007',
    });
  });

  test('follows chains when checking targets: an anchor lands on the first live id, a page on the last', () => {
    const live = { anchors: new Set(['b']), pages: new Set(['/c/']) };
    expect(located('anchors:\n  a: b\n  b-old: a\npages:\n  /a/: /b/\n  /b/: /c/\n', live)).toEqual([]);
  });

  test('checks page aliases alone when the caller knows no pages', () => {
    expect(located('pages:\n  /old/: /new/\n', { anchors: new Set() })).toEqual([]);
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
    expect(sectionFamily(sections, { number: '3.1' }).map((section) => section.number)).toEqual(['3.1', '3.1.1', '3.1.2']);
  });
});

describe('share image text', () => {
  test('wraps on words and ends an overlong text with an ellipsis', () => {
    expect(wrapText('3.1.2. Access management', 40, 3)).toEqual(['3.1.2. Access management']);
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('aaa bbb ccc', 7, 3)).toEqual(['aaa bbb', 'ccc']);
  });
});

describe('fragmentId', () => {
  test('decodes a fragment, with or without its #', () => {
    expect(fragmentId('#activity-1-1-x')).toBe('activity-1-1-x');
    expect(fragmentId('%C3%A9quipe')).toBe('équipe');
    expect(fragmentId('')).toBe('');
  });

  test('a malformed percent-encoding names nothing, and throws nothing', () => {
    expect(fragmentId('#%E0')).toBeUndefined();
    expect(fragmentId('#%')).toBeUndefined();
  });
});
