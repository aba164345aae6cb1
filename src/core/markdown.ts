import type { Root, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { type ProblemCollector, schemaIssues } from './problems.ts';

/** A place in a source file, 1-based, as the parsers give it. */
export interface SourcePoint {
  line: number;
  column: number;
  offset?: number | undefined;
}
const FILE_START: SourcePoint = { line: 1, column: 1, offset: 0 };

/** Where a parsed node starts. The parsers give every node a position; without one, the file's start. */
export function startOf(node: { position?: { start: SourcePoint } | undefined } | undefined): SourcePoint {
  return node?.position?.start ?? FILE_START;
}

/** Parses Markdown with YAML front matter and GFM tables into mdast, keeping positions. */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
  });
}

export function findFrontmatter(tree: Root): Yaml | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' ? first : undefined;
}

/**
 * Validates a front-matter block against a schema, reporting each problem on the line of the
 * offending key (or of the block when a key is missing).
 */
export function readFrontmatter<T>(node: Yaml | undefined, schema: z.ZodType<T>, problems: ProblemCollector): T | undefined {
  if (!node) {
    problems.add('frontmatter-missing', 'The file must start with a YAML front-matter block (---).', '', 1);
    return undefined;
  }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = startOf(node).line + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.add('frontmatter-yaml', error.message.split('\n')[0] ?? 'Invalid YAML', '', firstLine + pos.line - 1, pos.col);
    }
    return undefined;
  }
  const read = yamlData(document, lineCounter);
  if ('unreadable' in read) {
    const { message, line, column } = read.unreadable;
    problems.add('frontmatter-yaml', message, '', firstLine + line - 1, column);
    return undefined;
  }
  const result = schema.safeParse(read.data ?? {});
  if (result.success) return result.data;
  for (const { path, message } of schemaIssues(result.error)) {
    const located = locate(document, path);
    const line = located ? firstLine + lineCounter.linePos(located).line - 1 : firstLine - 1;
    const value = located ? String(document.getIn(path) ?? '') : '';
    const where = path.length > 0 ? `"${path.join('.')}": ` : '';
    problems.add('frontmatter-invalid', `Front matter ${where}${message}`, value, line);
  }
  return undefined;
}

/** One string value of a front-matter block, where it is written. */
export interface FrontmatterText {
  /** Keys and indexes down to the value, dotted: `title`, `roles.1.definition`. */
  path: string;
  value: string;
  line: number;
  column: number;
}

/** Every string value of a front-matter block, with its line and column in the file; none when the YAML is invalid. */
export function frontmatterTexts(node: Yaml | undefined): FrontmatterText[] {
  if (!node) return [];
  const firstLine = startOf(node).line + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) return [];
  const texts: FrontmatterText[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (isMap(value)) {
      for (const pair of value.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(value)) {
      value.items.forEach((item, index) => {
        walk(item, [...path, index]);
      });
    } else if (isScalar(value) && typeof value.value === 'string' && value.range) {
      const { line, col } = lineCounter.linePos(value.range[0]);
      texts.push({ path: path.join('.'), value: value.value, line: firstLine + line - 1, column: col });
    }
  };
  walk(document.contents, []);
  return texts;
}

/**
 * The data of a YAML document that parsed without error, or why and where it cannot be read: an
 * alias to an anchor never set (`*name`), or too many aliases, parse but throw when read. The
 * place is the first alias, as line and column of the document's text.
 */
export function yamlData(
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
): { data: unknown } | { unreadable: { message: string; line: number; column: number } } {
  try {
    return { data: document.toJS() };
  } catch (error) {
    let offset = 0;
    visit(document, {
      Alias(_, alias) {
        offset = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = lineCounter.linePos(offset);
    return { unreadable: { message: error instanceof Error ? error.message : String(error), line, column: col } };
  }
}

/** Offset of the deepest existing node along `path`, so a missing key points at its parent. */
function locate(document: ReturnType<typeof parseDocument>, path: (string | number)[]): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    const parent = document.getIn(prefix.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === prefix.at(-1));
      const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (range) return range[0];
    }
    const node = document.getIn(prefix, true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return undefined;
}

/** The Markdown after the front-matter block, whatever the line endings. */
export function markdownBody(source: string): string {
  const end = findFrontmatter(parseMarkdown(source))?.position?.end.offset;
  return end === undefined ? source : source.slice(end).replace(/^\r?\n/, '');
}
