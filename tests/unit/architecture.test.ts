import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

/**
 * The layers of src/ and what each may import (docs/architecture.md). Each arrow is written here
 * by hand, from the document, and every import of every file under src/ is checked against it.
 */
const LAYERS: Record<string, readonly string[]> = {
  core: ['core'],
  i18n: ['i18n'],
  config: ['config'],
  shared: ['shared', 'core', 'i18n'],
  data: ['data', 'shared', 'core', 'i18n'],
  build: ['build', 'data', 'shared', 'core', 'i18n'],
  node: ['node', 'shared', 'core', 'i18n'],
  cli: ['cli', 'node', 'shared', 'core'],
  integrations: ['integrations', 'build', 'node', 'shared', 'core', 'i18n', 'config'],
  components: ['components', 'components (browser)', 'styles', 'build', 'data', 'shared', 'core', 'i18n'],
  /** The TypeScript beside components runs in the browser: nothing of the build. */
  'components (browser)': ['components (browser)', 'shared', 'core', 'i18n'],
  layouts: ['layouts', 'components', 'styles', 'build', 'data', 'shared', 'core', 'i18n'],
  pages: ['pages', 'layouts', 'components', 'components (browser)', 'build', 'data', 'node', 'shared', 'core', 'i18n'],
  'content.config.ts': ['node', 'core'],
};

/** Modules no layer but node/, cli/, integrations/ and the pages' build code may import. */
const NODE_ONLY = /^node:/;
const RUNS_ANYWHERE = new Set(['core', 'i18n', 'shared', 'components (browser)']);

/** The file an import names: as written, or with the extension it leaves out. */
function resolved(file: string): string {
  return ['', '.ts', '.mjs', '.astro'].map((extension) => `${file}${extension}`).find((candidate) => existsSync(candidate)) ?? file;
}

function layerOf(file: string): string {
  const [top = ''] = path.relative('src', file).split(path.sep);
  if (top === 'components' && /\.(ts|mjs)$/.test(file)) return 'components (browser)';
  return top;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The module specifiers a file imports: an Astro file's front matter and scripts, or a module's whole text. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro')
    ? [
        ...(text.match(/^---\n([\s\S]*?)\n---/)?.slice(1) ?? []),
        ...[...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? ''),
      ]
    : [text];
  return code.flatMap((part) => ts.preProcessFile(part, true, true).importedFiles.map((imported) => imported.fileName));
}

const violations: string[] = [];
for (const file of sourceFiles('src')) {
  const from = layerOf(file);
  const allowed = LAYERS[from];
  if (!allowed) {
    violations.push(`${file}: in no layer of docs/architecture.md`);
    continue;
  }
  for (const specifier of importsOf(file)) {
    if (NODE_ONLY.test(specifier) && RUNS_ANYWHERE.has(from)) violations.push(`${file} (${from}) imports ${specifier}, a Node module`);
    if (specifier.startsWith('astro:') && from === 'core') violations.push(`${file} (core) imports ${specifier}`);
    if (!specifier.startsWith('.')) continue;
    const target = layerOf(resolved(path.join(path.dirname(file), specifier)));
    if (!allowed.includes(target)) violations.push(`${file} (${from}) imports ${specifier} (${target})`);
  }
}

test('every import of src/ follows the layers of docs/architecture.md', () => {
  expect(violations).toEqual([]);
});

test('the check sees imports and would fail on one against the arrows', () => {
  // The component that renders an activity's row imports core and shared code, and the core never imports the site.
  expect(importsOf('src/components/SectionTable.astro')).toContain('../core/query');
  expect(LAYERS['core']).not.toContain('shared');
  expect(LAYERS['shared']).not.toContain('components');
  expect(layerOf('src/components/search/search-engine.ts')).toBe('components (browser)');
});
