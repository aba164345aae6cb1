import type { Heading, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { isRoleLetter, type RoleLetter } from './letters.ts';
import { findFrontmatter, frontmatterTexts, parseMarkdown, readFrontmatter, startOf } from './markdown.ts';
import { type ContentProblem, ProblemCollector } from './problems.ts';
import { type Activity, type Party, type Phase, phaseFrontmatterSchema, type Section } from './schema.ts';
import { activityId, phaseId, phaseSlug, sectionId } from './slugs.ts';
import { checkControlCharacters, checkFormulaPrefix, checkFrontmatterFormulas, checkHtmlBlock, checkInlineHtml } from './text-rules.ts';

/** The first column's heading when the matrix does not name it (`activityColumn` in matrix.md). */
export const ACTIVITY_COLUMN = 'Activity';

/** The text of a heading or cell as the site shows it; inline HTML is left out (and refused as raw-html). */
const textOf = (node: Heading | TableCell): string => plainText(node, { includeHtml: false }).trim();

/** "3.1.2. Access management" → number "3.1.2", title "Access management". */
const SECTION_HEADING = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/;

export interface ReadPhaseResult {
  /** Present when the front matter is valid; may be partial when there are problems. */
  phase: Phase | undefined;
  problems: ContentProblem[];
}

/**
 * Reads one phase file: front matter, then numbered section headings each followed by one
 * `Activity | <party> | <party>…` table. The hierarchy comes from the section numbers, never from
 * heading levels. Every rule violation is reported; nothing is dropped silently.
 */
export function readPhase(file: string, source: string, parties: readonly Party[], activityColumn = ACTIVITY_COLUMN): ReadPhaseResult {
  const problems = new ProblemCollector(file);
  checkControlCharacters(source, problems);
  const tree = parseMarkdown(source);
  const frontmatterNode = findFrontmatter(tree);
  const frontmatter = readFrontmatter(frontmatterNode, phaseFrontmatterSchema, problems);
  if (!frontmatter) return { phase: undefined, problems: problems.inLineOrder() };
  checkFrontmatterFormulas(frontmatterTexts(frontmatterNode), problems);

  const phase: Phase = {
    id: phaseId(frontmatter.phase, frontmatter.title),
    slug: phaseSlug(frontmatter.phase, frontmatter.title),
    number: frontmatter.phase,
    title: frontmatter.title,
    sections: [],
    file,
  };
  const sectionsByNumber = new Map<string, Section>();
  const sectionsWithTable = new Set<Section>();
  let current: Section | undefined;

  for (const node of tree.children) {
    const { line, column } = startOf(node);
    switch (node.type) {
      case 'yaml':
        break;
      case 'heading': {
        const section = readSection(node, phase, sectionsByNumber, problems);
        if (section) {
          phase.sections.push(section);
          sectionsByNumber.set(section.number, section);
        }
        // A rejected heading still owns the table under it, so that table is checked without
        // cascading into "table outside section" errors.
        current = section ?? detachedSection(line);
        break;
      }
      case 'table':
        if (!current) {
          problems.add('table-outside-section', 'A table must follow a numbered section heading.', firstCellText(node), line, column);
        } else if (sectionsWithTable.has(current)) {
          problems.add(
            'section-table-count',
            `Section ${current.number} already has a table; each section holds one table.`,
            firstCellText(node),
            line,
            column,
          );
        } else {
          sectionsWithTable.add(current);
          current.activities = readTable(node, current, parties, activityColumn, problems);
        }
        break;
      case 'html':
        checkHtmlBlock(node, problems, {
          rule: 'unsupported-content',
          message: 'Only numbered headings and tables are allowed (HTML comments are ignored).',
        });
        break;
      default:
        problems.add(
          'unsupported-content',
          `Only numbered headings and tables are allowed here, found a ${node.type}.`,
          sourceText(source, node).slice(0, 80),
          line,
          column,
        );
    }
  }

  for (const section of phase.sections) {
    const hasChildren = phase.sections.some((other) => other.parent === section.number);
    if (!hasChildren && !sectionsWithTable.has(section)) {
      problems.add(
        'section-without-activities',
        `Section ${section.number} has neither a table nor sub-sections.`,
        `${section.number}. ${section.title}`,
        section.line,
      );
    }
  }
  return { phase, problems: problems.inLineOrder() };
}

function detachedSection(line: number): Section {
  return { id: '', number: '', title: '', depth: 0, parent: null, activities: [], line };
}

function readSection(heading: Heading, phase: Phase, known: ReadonlyMap<string, Section>, problems: ProblemCollector): Section | undefined {
  const text = textOf(heading);
  const { line, column } = startOf(heading);
  checkInlineHtml(heading, 'a heading', problems);
  const match = SECTION_HEADING.exec(text);
  if (!match?.[1] || !match[2]) {
    problems.add('section-heading', 'A heading must start with a section number such as "1.2." followed by a title.', text, line, column);
    return undefined;
  }
  const number = match[1];
  const title = match[2].trim();
  checkFormulaPrefix(title, `The title of section ${number}`, problems, line, column);
  const components = number.split('.');
  if (components[0] !== String(phase.number)) {
    problems.add('section-outside-phase', `Section ${number} does not belong to phase ${phase.number}.`, text, line, column);
    return undefined;
  }
  if (known.has(number)) {
    problems.add('duplicate-section', `Section number ${number} is used twice in this phase.`, text, line, column);
    return undefined;
  }
  const parent = components.length > 2 ? components.slice(0, -1).join('.') : null;
  if (parent && !known.has(parent)) {
    problems.add('section-parent-missing', `Section ${number} needs section ${parent} before it.`, text, line, column);
  }
  return { id: sectionId(number, title), number, title, depth: components.length, parent, activities: [], line };
}

function readTable(
  table: Table,
  section: Section,
  parties: readonly Party[],
  activityColumn: string,
  problems: ProblemCollector,
): Activity[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const tableLine = startOf(table).line;
  for (const cell of header.children) checkInlineHtml(cell, 'a table cell', problems);
  const headerCells = header.children.map((cell) => ({ text: textOf(cell), line: startOf(cell).line, column: startOf(cell).column }));

  const problemsBefore = problems.problems.length;
  const [activityHeader, ...partyHeaders] = headerCells;
  if (activityHeader && activityHeader.text !== activityColumn) {
    problems.add(
      'activity-column',
      `The first column must be "${activityColumn}".`,
      activityHeader.text,
      activityHeader.line,
      activityHeader.column,
    );
  }
  // Column index → party, for the columns that name a declared party.
  const columns = new Map<number, Party>();
  partyHeaders.forEach((cell, index) => {
    const party = parties.find((candidate) => candidate.name === cell.text);
    if (!party) {
      const declared = parties.map((p) => `"${p.name}"`).join(', ');
      problems.add(
        'undeclared-party',
        `Column "${cell.text}" is not a declared party (declared: ${declared}).`,
        cell.text,
        cell.line,
        cell.column,
      );
    } else if ([...columns.values()].includes(party)) {
      problems.add('duplicate-party-column', `Party "${party.name}" has two columns.`, cell.text, cell.line, cell.column);
    } else {
      columns.set(index + 1, party);
    }
  });
  for (const party of parties) {
    if (![...columns.values()].includes(party)) {
      problems.add('missing-party', `The table has no column for declared party "${party.name}".`, party.name, tableLine);
    }
  }
  // With a wrong header, A and R cannot be counted reliably: report the header, not every row.
  const checkRoles = problems.problems.length === problemsBefore;
  if (rows.length === 0) {
    problems.add('empty-table', `The table of section ${section.number} has no activity rows.`, section.number, tableLine);
  }

  const activities: Activity[] = [];
  for (const row of rows) {
    const activity = readRow(row, headerCells.length, columns, section, problems, checkRoles);
    if (!activity) continue;
    if (activities.some((other) => other.text === activity.text)) {
      problems.add('duplicate-activity', `Activity is listed twice in section ${section.number}.`, activity.text, activity.line);
      continue;
    }
    activities.push(activity);
  }
  return activities;
}

function readRow(
  row: TableRow,
  columnCount: number,
  columns: ReadonlyMap<number, Party>,
  section: Section,
  problems: ProblemCollector,
  checkRoles: boolean,
): Activity | undefined {
  const { line } = startOf(row);
  const cells = row.children;
  for (const cell of cells) checkInlineHtml(cell, 'a table cell', problems);
  const text = cells[0] ? textOf(cells[0]) : '';
  if (cells.length !== columnCount) {
    const amount = cells.length < columnCount ? 'too few' : 'too many';
    problems.add('cell-count', `Row has ${amount} cells: ${cells.length} where the header has ${columnCount}.`, text, line);
  }
  if (text === '') {
    problems.add('empty-activity', 'The activity cell is empty.', '', line, startOf(cells[0]).column);
    return undefined;
  }
  checkFormulaPrefix(text, 'The activity', problems, line, startOf(cells[0]).column);

  const roles: Record<string, RoleLetter[]> = {};
  const columnOf: Record<string, number> = {};
  for (const [index, party] of columns) {
    const cell = cells[index];
    const cellText = cell ? textOf(cell) : '';
    const { column } = startOf(cell);
    columnOf[party.id] = column;
    const letters: RoleLetter[] = [];
    for (const character of cellText.replace(/\s+/g, '')) {
      if (!isRoleLetter(character)) {
        problems.add('unknown-letter', `Unknown role letter "${character}" for ${party.name}; use R, A, C or I.`, cellText, line, column);
      } else if (letters.includes(character)) {
        problems.add('repeated-letter', `Letter "${character}" is repeated in the ${party.name} cell.`, cellText, line, column);
      } else {
        letters.push(character);
      }
    }
    roles[party.id] = letters;
  }

  const all = Object.values(roles).flat();
  const accountable = all.filter((letter) => letter === 'A').length;
  if (checkRoles) {
    if (accountable === 0) problems.add('accountable-missing', 'No party is Accountable (A) for this activity.', text, line);
    if (accountable > 1)
      problems.add('accountable-multiple', `${accountable} parties are Accountable (A); exactly one must be.`, text, line);
    if (!all.includes('R')) problems.add('responsible-missing', 'No party is Responsible (R) for this activity.', text, line);
  }
  return { id: activityId(section.number, text), text, roles, line, columns: columnOf };
}

function firstCellText(table: Table): string {
  const cell = table.children[0]?.children[0];
  return cell ? textOf(cell) : '';
}

function sourceText(source: string, node: RootContent): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}
