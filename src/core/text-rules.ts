/**
 * Rules against hostile text in the content: characters a reader cannot see, text a spreadsheet
 * would run as a formula, HTML that the site would render or that a comment hides, links that run
 * code. Each rule reports the exact place and the offending value, like every other content rule.
 */
import type { Html, Nodes } from 'mdast';
import { type FrontmatterText, startOf } from './markdown.ts';
import type { ProblemCollector } from './problems.ts';

/**
 * Text that spreadsheet software reads as a formula when it begins a cell (OWASP "CSV injection").
 * Content text reaches the CSV and XLSX exports, so it must not begin with one of these.
 */
const FORMULA_START = /^[=+\-@]/;

/** Adds a `formula-prefix` problem when `text` (as the site uses it, trimmed) begins like a formula. */
export function checkFormulaPrefix(text: string, what: string, problems: ProblemCollector, line: number, column: number): void {
  if (FORMULA_START.test(text.trim())) {
    problems.add(
      'formula-prefix',
      `${what} begins with "${text.trim()[0]}", which spreadsheets read as a formula; reword it.`,
      text,
      line,
      column,
    );
  }
}

/** Adds a `formula-prefix` problem for each string of a front matter that begins like a formula. */
export function checkFrontmatterFormulas(texts: readonly FrontmatterText[], problems: ProblemCollector): void {
  for (const text of texts) checkFormulaPrefix(text.value, `Front matter "${text.path}"`, problems, text.line, text.column);
}

/**
 * C0 controls except tab, line feed and carriage return, and the non-characters U+FFFE and U+FFFF:
 * invisible to an author, and not allowed in XML 1.0 (so in XLSX files either).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** `U+0007`: how a message names a character. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Adds a `control-character` problem for each invisible control character of a file, at its line
 * and column: they hide text from the author, and break YAML, XML (XLSX) and terminals.
 */
export function checkControlCharacters(source: string, problems: ProblemCollector): void {
  source.split('\n').forEach((text, index) => {
    for (const { 0: character, index: column } of text.matchAll(CONTROL_CHARACTERS)) {
      problems.add(
        'control-character',
        `The control character ${codePointName(character)} is not allowed in content; remove it.`,
        character,
        index + 1,
        column + 1,
      );
    }
  });
}

/** Each node of a subtree, depth first. */
function* descendants(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* descendants(child);
}

/**
 * Adds a `raw-html` problem for the first inline HTML of a heading or table cell (comments
 * included): the site shows this text as written, so markup there is a mistake or an attack.
 */
export function checkInlineHtml(container: Nodes, what: string, problems: ProblemCollector): void {
  for (const node of descendants(container)) {
    if (node !== container && node.type === 'html') {
      const { line, column } = startOf(node);
      problems.add('raw-html', `HTML is not allowed in ${what}; write plain text.`, node.value, line, column);
      return;
    }
  }
}

/** One or more complete HTML comments (each ends at its first `-->`), with nothing but white space around them. */
const COMMENTS_ONLY = /^\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)+$/;
const COMMENT = /<!--((?:(?!-->)[\s\S])*)-->/g;
/**
 * What a plain comment never holds: a tag (`<b`, `</b`, `<!`, `<?`), a nested or early-closing
 * comment (`<!--`, `--!>`), or an opening that browsers close at once (`<!-->`, `<!--->`), which
 * would show the rest as markup.
 */
const HIDDEN_MARKUP = /<[A-Za-z/!?]|--!>|^-?>/;

/**
 * Checks an HTML block where the format allows only comments: anything else is
 * `unsupported-content`, and a comment that holds markup is `html-comment-markup`.
 */
export function checkHtmlBlock(node: Html, problems: ProblemCollector, otherwise: { rule: string; message: string }): void {
  const { line, column } = startOf(node);
  if (!COMMENTS_ONLY.test(node.value)) {
    problems.add(otherwise.rule, otherwise.message, node.value, line, column);
    return;
  }
  for (const comment of node.value.matchAll(COMMENT)) {
    if (HIDDEN_MARKUP.test(comment[1] ?? '')) {
      // Where the comment starts: blocks hold several lines, and a line several comments.
      const before = node.value.slice(0, comment.index).split('\n');
      const lastLine = before.at(-1) ?? '';
      problems.add(
        'html-comment-markup',
        'An HTML comment may hold notes, not markup (tags or nested comments); remove the markup.',
        comment[0],
        line + before.length - 1,
        before.length === 1 ? column + lastLine.length : lastLine.length + 1,
      );
      return;
    }
  }
}

/** Link schemes a source URL may use: anything else (`javascript:`, `data:`) could run code when followed. */
const WEB_SCHEMES = new Set(['http:', 'https:']);

export function isWebUrl(value: string): boolean {
  try {
    return WEB_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
