import { describe, expect, test } from 'vitest';
import { aliasChain, resolvePageAlias } from '../../src/core/alias-chains';
import { NO_ALIASES, readAliases } from '../../src/core/aliases';

const FILE = 'content/aliases.yaml';
const read = (source: string, live?: Parameters<typeof readAliases>[1]) => readAliases({ file: FILE, source }, live);
const located = (source: string, live?: Parameters<typeof readAliases>[1]) =>
  read(source, live).problems.map((p) => `${p.line}:${p.column} [${p.rule}] ${p.message} (${p.value})`);

describe('aliasChain', () => {
  test('stops at a cycle that does not come back to the start', () => {
    expect(aliasChain({ a: 'b', b: 'c', c: 'b' }, 'a')).toEqual({ hops: ['b', 'c'], cycle: true });
  });

  test('stops when the chain comes back to the start', () => {
    expect(aliasChain({ a: 'b', b: 'a' }, 'a')).toEqual({ hops: ['b'], cycle: true });
  });

  test('no alias: no hop', () => {
    expect(aliasChain({ a: 'b' }, 'x')).toEqual({ hops: [], cycle: false });
  });

  test('a page alias follows the whole chain', () => {
    expect(resolvePageAlias({ pages: { '/a/': '/b/', '/b/': '/c/', '/c/': '/d/' } }, '/a/')).toBe('/d/');
  });
});

describe('the alias file: exact problems', () => {
  test('broken YAML: line, column and the first line of the parser message', () => {
    expect(read('anchors:\n  a: b\n  c: [\n').problems).toEqual([
      {
        file: FILE,
        line: 4,
        column: 1,
        rule: 'aliases-yaml',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
        value: '',
      },
    ]);
  });

  test('a file that is not a mapping: the whole file, line 1', () => {
    expect(located('hello')).toEqual(['1:1 [aliases-invalid] The file: Invalid input: expected object, received string ()']);
    expect(located('- a\n- b\n')).toEqual(['1:1 [aliases-invalid] The file: Invalid input: expected object, received array ()']);
  });

  test('a map of the wrong type: the line of its key, named', () => {
    expect(located('pages: {}\nanchors: 5\n')).toEqual([
      '2:1 [aliases-invalid] anchors: Invalid input: expected record, received number (anchors)',
    ]);
  });

  test('ids and paths must be whole ids and whole site paths', () => {
    const source = [
      'anchors:',
      '  phase_3: phase-3',
      '  phase-4: "phase-4 "',
      'pages:',
      '  phases/3/: /phases/3-x/',
      '  /phases/4/: /phases/4',
    ].join('\n');
    // Zod reports a key that fails its pattern as "Invalid key in record"; the key is the value shown.
    expect(located(source)).toEqual([
      '2:3 [aliases-invalid] anchors.phase_3: Invalid key in record (phase_3)',
      '3:3 [aliases-invalid] anchors.phase-4: must be an anchor id: lower-case letters, digits and hyphens, without "#" (phase-4)',
      '5:3 [aliases-invalid] pages.phases/3/: Invalid key in record (phases/3/)',
      '6:3 [aliases-invalid] pages./phases/4/: must be a site path without the base, starting and ending with "/", e.g. /phases/3/ (/phases/4/)',
    ]);
  });

  test('any problem: no aliases', () => {
    expect(read('anchors:\n  a-1: a-2\n  a-2: a-1\n').aliases).toBeUndefined();
    expect(read('anchors:\n  a-1: a-2\n', { anchors: new Set(['a-1', 'a-2']) }).aliases).toBeUndefined();
    expect(read('anchors:\n  a-1: a-2\n', { anchors: new Set(['a-2']) }).aliases).toEqual({ anchors: { 'a-1': 'a-2' }, pages: {} });
  });

  test('no aliases at all is two empty maps', () => {
    expect(NO_ALIASES).toEqual({ anchors: {}, pages: {} });
    expect(read('anchors:\npages:\n').aliases).toEqual({ anchors: {}, pages: {} });
  });
});

describe('where an alias lands', () => {
  test('an old anchor lands on the first live id of its chain', () => {
    expect(located('anchors:\n  a: b\n  b: c\n', { anchors: new Set(['b']) })).toEqual([
      '3:3 [alias-shadowed] anchors: "b" is still live on the site, so its alias would never be used; remove it. (b)',
      '3:6 [alias-target-missing] anchors: "b" leads to "c", which is not on the site. (c)',
    ]);
  });

  test('an old page lands on the last page of its chain', () => {
    expect(located('pages:\n  /a/: /b/\n  /b/: /c/\n', { anchors: new Set(), pages: new Set(['/b/']) })).toEqual([
      '2:8 [alias-target-missing] pages: "/a/" leads to "/b/", which is not on the site. (/b/)',
      '3:3 [alias-shadowed] pages: "/b/" is still live on the site, so its alias would never be used; remove it. (/b/)',
      '3:8 [alias-target-missing] pages: "/b/" leads to "/c/", which is not on the site. (/c/)',
    ]);
  });

  test('a page chain of three hops lands on its third page', () => {
    const pages = 'pages:\n  /a/: /b/\n  /b/: /c/\n  /c/: /d/\n';
    expect(located(pages, { anchors: new Set(), pages: new Set(['/d/']) })).toEqual([]);
    expect(located(pages, { anchors: new Set(), pages: new Set(['/c/']) }).map((line) => line.split(' [')[1]?.split(']')[0])).toEqual([
      'alias-target-missing',
      'alias-target-missing',
      'alias-shadowed',
      'alias-target-missing',
    ]);
  });
});

describe('an alias file that parses but cannot be read (found by the property tests)', () => {
  test('a YAML alias to an anchor never set: located on the alias, not thrown', () => {
    expect(read('anchors:\n  a-1: *x\n')).toEqual({
      aliases: undefined,
      problems: [
        {
          file: FILE,
          line: 2,
          column: 8,
          rule: 'aliases-yaml',
          message: 'Unresolved alias (the anchor must be set before the alias): x',
          value: '',
        },
      ],
    });
  });
});
