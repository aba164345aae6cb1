/**
 * What `raci-check` prints, in each of its formats. Pure: the command gathers the problems, these
 * functions only turn them into text.
 */
import { type ContentProblem, describeProblem, formatProblem, formatWarning } from '../core/problems.ts';

export const REPORT_FORMATS = ['text', 'json', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The `--format json` document. */
export interface JsonReport {
  /** The content folder checked, as given on the command line (or `content`). */
  contentDir: string;
  /** How many problems; 0 when the content is valid. */
  count: number;
  problems: ContentProblem[];
  /** Author hints that fail nothing (e.g. a guide naming an id an alias forwards). */
  warnings: ContentProblem[];
}

const plural = (count: number, noun: string) => (count === 1 ? `1 ${noun}` : `${count} ${noun}s`);

/** `N problems in <folder>.` or `<folder>: no problems.`, with the warnings when there are any. */
export function summary(contentDir: string, count: number, warnings = 0): string {
  const also = warnings > 0 ? ` (and ${plural(warnings, 'warning')})` : '';
  if (count === 0) return `${contentDir}: no problems${also}.`;
  return `${plural(count, 'problem')}${also} in ${contentDir}.`;
}

// GitHub's workflow-command escaping (@actions/core `escapeData` and `escapeProperty`): a property
// value may not hold `:` or `,`, and neither part may hold a line break or a bare `%`.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One GitHub Actions annotation: `::error file=…,line=…,col=…,title=<rule>::<message> (value: "…")`,
 * or `::warning …` for an author hint.
 */
export function githubAnnotation(problem: ContentProblem, severity: 'error' | 'warning'): string {
  const properties = Object.entries({ file: problem.file, line: problem.line, col: problem.column, title: problem.rule })
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${severity} ${properties}::${escapeData(describeProblem(problem))}`;
}

/** The whole output of one run, ending with a line break: the problems, then the warnings, then a summary. */
export function formatReport(
  format: ReportFormat,
  contentDir: string,
  problems: readonly ContentProblem[],
  warnings: readonly ContentProblem[] = [],
): string {
  if (format === 'json') {
    const report: JsonReport = { contentDir, count: problems.length, problems: [...problems], warnings: [...warnings] };
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  const lines =
    format === 'github'
      ? [
          ...problems.map((problem) => githubAnnotation(problem, 'error')),
          ...warnings.map((warning) => githubAnnotation(warning, 'warning')),
        ]
      : [...problems.map(formatProblem), ...warnings.map(formatWarning)];
  return `${[...lines, summary(contentDir, problems.length, warnings.length)].join('\n')}\n`;
}
