import { findFrontmatter, frontmatterTexts, parseMarkdown, readFrontmatter } from './markdown.ts';
import { type ContentProblem, ProblemCollector } from './problems.ts';
import { readPhase } from './read-phase.ts';
import { type Matrix, type MatrixMeta, matrixFrontmatterSchema, type Phase } from './schema.ts';
import { partyId } from './slugs.ts';
import { checkControlCharacters, checkFrontmatterFormulas, checkHtmlBlock, checkInlineHtml, isWebUrl } from './text-rules.ts';

export interface SourceFile {
  /** Path shown in problems (relative to the project, or to the working directory of a command). */
  file: string;
  source: string;
}

export interface ReadMatrixResult {
  matrix: Matrix | undefined;
  problems: ContentProblem[];
}

/**
 * Reads `content/matrix.md` (declared parties and legend, then the "Objective" prose); problems are
 * located in that file.
 */
export function readMatrixMeta(metaFile: SourceFile): { meta: MatrixMeta | undefined; problems: ContentProblem[] } {
  const problems = new ProblemCollector(metaFile.file);
  checkControlCharacters(metaFile.source, problems);
  const tree = parseMarkdown(metaFile.source);
  const frontmatterNode = findFrontmatter(tree);
  // The prose is rendered as HTML on the home page: it may hold Markdown, not HTML.
  for (const node of tree.children) {
    if (node.type === 'html') {
      checkHtmlBlock(node, problems, { rule: 'raw-html', message: 'HTML is not allowed in the matrix description; write Markdown.' });
    } else if (node.type !== 'yaml') {
      checkInlineHtml(node, 'the matrix description', problems);
    }
  }
  const frontmatter = readFrontmatter(frontmatterNode, matrixFrontmatterSchema, problems);
  if (!frontmatter) return { meta: undefined, problems: problems.inLineOrder() };
  const texts = frontmatterTexts(frontmatterNode);
  // Titles, party names and the legend reach the CSV and XLSX exports.
  checkFrontmatterFormulas(texts, problems);
  if (!isWebUrl(frontmatter.sourceUrl)) {
    const written = texts.find((text) => text.path === 'sourceUrl');
    problems.add(
      'source-url-scheme',
      'Front matter "sourceUrl" must be an http or https address.',
      frontmatter.sourceUrl,
      written?.line ?? 1,
      written?.column ?? 1,
    );
  }
  const parties = frontmatter.parties.map(({ name, id }) => ({ id: id ?? partyId(name), name }));
  const seen = new Set<string>();
  for (const party of parties) {
    if (party.id === '' || seen.has(party.id)) {
      problems.add('duplicate-party', `Party "${party.name}" is declared twice or has no letters to make an id from.`, party.name, 1);
    }
    seen.add(party.id);
  }
  const meta = { ...frontmatter, parties };
  return { meta: problems.problems.length ? undefined : meta, problems: problems.inLineOrder() };
}

/**
 * Reads the whole matrix and applies the rules that span files: phase numbers and anchor ids must
 * be unique across the site. Returns every problem found, in file order.
 */
export function readMatrix(metaFile: SourceFile, phaseFiles: readonly SourceFile[]): ReadMatrixResult {
  const { meta, problems } = readMatrixMeta(metaFile);
  if (!meta) return { matrix: undefined, problems };

  const phases: Phase[] = [];
  const phaseFileByNumber = new Map<number, string>();
  const idOwners = new Map<string, string>();
  for (const { file, source } of phaseFiles) {
    const result = readPhase(file, source, meta.parties, meta.activityColumn);
    problems.push(...result.problems);
    const phase = result.phase;
    if (!phase) continue;
    const other = phaseFileByNumber.get(phase.number);
    if (other) {
      problems.push({
        file,
        line: 2,
        column: 1,
        rule: 'duplicate-phase',
        message: `Phase ${phase.number} is also defined in ${other}.`,
        value: String(phase.number),
      });
      continue;
    }
    phaseFileByNumber.set(phase.number, file);
    const anchors = [{ id: phase.id, line: 1 }, ...phase.sections.flatMap((section) => [section, ...section.activities])];
    for (const { id, line } of anchors) {
      const owner = idOwners.get(id);
      if (owner) {
        problems.push({
          file,
          line,
          column: 1,
          rule: 'duplicate-id',
          message: `Anchor id "${id}" is already used by ${owner}; reword one of them.`,
          value: id,
        });
      } else {
        idOwners.set(id, `${file}:${line}`);
      }
    }
    phases.push(phase);
  }
  phases.sort((a, b) => a.number - b.number);
  return { matrix: { meta, phases }, problems };
}
