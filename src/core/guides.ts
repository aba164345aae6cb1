/**
 * The guides (`guides/*.mdx`) are content: their front matter, the components they use and every
 * reference they make to the matrix (`<ExampleRow activity>`, `<RoleLetters letters>`, a Markdown
 * link to a page or an anchor of the site) are checked with the rest of the content, by the build
 * and by `raci-check`, so that a typo is a located problem with hints, never a render stack.
 */
import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { type Aliases, resolveAnchorAlias, resolvePageAlias } from './alias-chains.ts';
import { isRoleLetter, type RoleLetter } from './letters.ts';
import { findFrontmatter, readFrontmatter, type SourcePoint, startOf } from './markdown.ts';
import { type ContentProblem, closestIds, lineAndColumn, ProblemCollector } from './problems.ts';
import { type ActivityInContext, listActivities } from './query.ts';
import type { SourceFile } from './read-matrix.ts';
import type { Phase, RoleDefinition } from './schema.ts';

/** A guide's front matter. */
export const guideSchema = z.strictObject({
  /** The page's title (its `<h1>`), and its link text in the list of guides. */
  title: z.string().min(1),
  /** One sentence: the page's description (link previews, search) and its summary in the list. */
  description: z.string().min(1),
  /** Its place in the list of guides and in the navigation between them, from 1. */
  order: z.number().int().positive(),
});
export type GuideData = z.infer<typeof guideSchema>;

/** The components a guide may use without importing them, and the attributes each requires. */
export const GUIDE_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  ExampleRow: ['activity'],
  RoleLetters: ['letters'],
  Legend: [],
};

/** What a guide's references may point at: the live content and the aliases of old ids. */
export interface GuideTargets {
  /** Every activity id of the matrix. */
  activities: ReadonlySet<string>;
  /** Every phase, section and activity id. */
  anchors: ReadonlySet<string>;
  /** Site paths of the pages and files the site publishes; links are not checked when unknown. */
  paths?: ReadonlySet<string> | undefined;
  aliases: Aliases;
  /** The legend's letters. */
  letters: readonly RoleLetter[];
}

export interface GuideCheck {
  /** Problems that fail the build. */
  problems: ContentProblem[];
  /** Author hints that do not: a reference to an old id, which an alias forwards. */
  warnings: ContentProblem[];
}

/** Anchor ids a link's fragment may name on the matrix's pages. */
const MATRIX_ANCHOR = /^(phase|section|activity)-/;

function parseGuide(source: string): Root {
  return fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), mdxjs()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
  });
}

/** Checks one guide against the content it shows. */
export function checkGuide(file: SourceFile, targets: GuideTargets): GuideCheck {
  const problems = new ProblemCollector(file.file);
  const warnings = new ProblemCollector(file.file);
  let tree: Root;
  try {
    tree = parseGuide(file.source);
  } catch (error) {
    // micromark's MDX errors carry the place where the syntax broke.
    const place = (error as { place?: SourcePoint | { start: SourcePoint } }).place;
    const start = place && 'start' in place ? place.start : place;
    const reason = (error as { reason?: string }).reason ?? String(error);
    problems.add('guide-mdx', `The guide is not valid MDX: ${reason}`, '', start?.line ?? 1, start?.column ?? 1);
    return { problems: problems.problems, warnings: [] };
  }
  readFrontmatter(findFrontmatter(tree), guideSchema, problems);

  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      checkComponent(node, file.source, targets, problems, warnings);
    else if (node.type === 'link') checkLink(node, file.source, targets, problems, warnings);
  });
  return { problems: problems.inLineOrder(), warnings: warnings.inLineOrder() };
}

function checkComponent(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  source: string,
  targets: GuideTargets,
  problems: ProblemCollector,
  warnings: ProblemCollector,
): void {
  const start = startOf(element);
  const name = element.name ?? '';
  const allowed = GUIDE_COMPONENTS[name];
  if (!allowed) {
    const known = Object.keys(GUIDE_COMPONENTS).map((component) => `<${component}>`);
    problems.add('guide-component', `Unknown component <${name}>; a guide may use ${known.join(', ')}.`, name, start.line, start.column);
    return;
  }
  const values = new Map<string, { value: string; line: number; column: number }>();
  const written = new Set<string>();
  for (const attribute of element.attributes) {
    const at = startOf(attribute);
    if (attribute.type === 'mdxJsxAttribute') written.add(attribute.name);
    if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(attribute.name) || typeof attribute.value !== 'string') {
      const shown = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
      const expected = allowed.length > 0 ? `takes ${allowed.map((a) => `${a}="…"`).join(', ')}` : 'takes no attribute';
      problems.add('guide-component', `<${name}> ${expected}, written as plain text in quotes.`, shown, at.line, at.column);
      continue;
    }
    // The value's own column: after `name=` and its opening quote.
    const offset = (startOf(attribute).offset ?? 0) + attribute.name.length + 2;
    values.set(attribute.name, { value: attribute.value, ...lineAndColumn(source, offset) });
  }
  for (const attribute of allowed) {
    if (!written.has(attribute)) problems.add('guide-component', `<${name}> needs ${attribute}="…".`, name, start.line, start.column);
  }
  const activity = values.get('activity');
  if (activity) checkActivity(activity, targets, problems, warnings);
  const letters = values.get('letters');
  if (letters) {
    const wrong = guideLettersProblem(letters.value, targets.letters);
    if (wrong) problems.add('guide-letters', wrong, letters.value, letters.line, letters.column);
  }
}

function checkActivity(
  { value, line, column }: { value: string; line: number; column: number },
  targets: GuideTargets,
  problems: ProblemCollector,
  warnings: ProblemCollector,
): void {
  if (targets.activities.has(value)) return;
  const renamed = resolveAnchorAlias(targets.aliases, value, (id) => targets.activities.has(id));
  if (renamed) {
    warnings.add(
      'guide-old-reference',
      `"${value}" is an old activity id, forwarded by an alias to "${renamed}": write the new id.`,
      value,
      line,
      column,
    );
    return;
  }
  problems.add('guide-reference', `No activity has the id "${value}".${closestIds(value, targets.activities)}`, value, line, column);
}

/** A Markdown link to a site path (`/sections/…/`, `/#activity-…`): the page must exist, and the anchor it names. */
function checkLink(link: Link, source: string, targets: GuideTargets, problems: ProblemCollector, warnings: ProblemCollector): void {
  if (!link.url.startsWith('/') || link.url.startsWith('//')) return;
  // The place of the URL itself, after the link's text: `](/…`.
  const linkStart = startOf(link).offset ?? 0;
  const written = source.indexOf(`](${link.url}`, linkStart);
  const { line, column } = lineAndColumn(source, written >= 0 ? written + 2 : linkStart);
  const [path = '/', fragment] = link.url.split('#');
  if (targets.paths && !targets.paths.has(path)) {
    // A page alias (content/aliases.yaml) is a published short form: it keeps working.
    const forwarded = resolvePageAlias(targets.aliases, path);
    if (!forwarded || !targets.paths.has(forwarded)) {
      problems.add(
        'guide-reference',
        `No page or file of the site has the path "${path}".${closestIds(path, targets.paths)}`,
        link.url,
        line,
        column,
      );
    }
  }
  if (fragment === undefined || !MATRIX_ANCHOR.test(fragment) || targets.anchors.has(fragment)) return;
  const renamed = resolveAnchorAlias(targets.aliases, fragment, (id) => targets.anchors.has(id));
  if (renamed) {
    warnings.add(
      'guide-old-reference',
      `"#${fragment}" is an old id, forwarded by an alias to "${renamed}": write the new id.`,
      link.url,
      line,
      column,
    );
    return;
  }
  problems.add(
    'guide-reference',
    `No phase, section or activity has the id "${fragment}".${closestIds(fragment, targets.anchors)}`,
    link.url,
    line,
    column,
  );
}

/** Why `<RoleLetters letters="…">` is wrong, or undefined: letters of the legend, each at most once; "" is no role. */
function guideLettersProblem(value: string, declared: readonly RoleLetter[]): string | undefined {
  const letters = [...value];
  const wrong = letters.find((letter, index) => !isRoleLetter(letter) || !declared.includes(letter) || letters.indexOf(letter) !== index);
  if (wrong === undefined) return undefined;
  return `"${wrong}" is not a letter of the legend, or is repeated. Use ${declared.join(', ')}, each at most once, or "" for no role.`;
}

/** The letters of a `<RoleLetters letters="RA">`, as the legend declares them; "" is "no role". */
export function guideLetters(value: string, roles: readonly RoleDefinition[]): RoleLetter[] {
  const problem = guideLettersProblem(
    value,
    roles.map((role) => role.letter),
  );
  if (problem) throw new Error(`<RoleLetters letters="${value}">: ${problem}`);
  return [...value].filter(isRoleLetter);
}

/**
 * The activity an `<ExampleRow activity="…">` shows, following the aliases of renamed activities.
 * The content check has refused unknown ids before any page renders; this throws only if it was skipped.
 */
export function exampleActivity(phases: readonly Phase[], aliases: Aliases, id: string): ActivityInContext {
  const activities = listActivities(phases);
  const exists = (candidate: string) => activities.some((entry) => entry.activity.id === candidate);
  const current = exists(id) ? id : resolveAnchorAlias(aliases, id, exists);
  const found = activities.find((entry) => entry.activity.id === current);
  if (found) return found;
  throw new Error(
    `<ExampleRow activity="${id}">: no activity has this id.${closestIds(
      id,
      activities.map((entry) => entry.activity.id),
    )}`,
  );
}
