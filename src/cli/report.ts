/**
 * What `raci-check` prints, in each of its formats. Pure: the command gathers the problems, these
 * functions only turn them into text.
 */
import { type ContentProblem, describeProblem, formatProblem } from '../core/problems.ts';

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
}

/** `N problems in <folder>.` or `<folder>: no problems.` */
export function summary(contentDir: string, count: number): string {
  if (count === 0) return `${contentDir}: no problems.`;
  return `${count === 1 ? '1 problem' : `${count} problems`} in ${contentDir}.`;
}

// GitHub's workflow-command escaping (@actions/core `escapeData` and `escapeProperty`): a property
// value may not hold `:` or `,`, and neither part may hold a line break or a bare `%`.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** One GitHub Actions error annotation: `::error file=…,line=…,col=…,title=<rule>::<message> (value: "…")`. */
export function githubAnnotation(problem: ContentProblem): string {
  const properties = Object.entries({ file: problem.file, line: problem.line, col: problem.column, title: problem.rule })
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::error ${properties}::${escapeData(describeProblem(problem))}`;
}

/** The whole output of one run, ending with a line break. */
export function formatReport(format: ReportFormat, contentDir: string, problems: readonly ContentProblem[]): string {
  if (format === 'json') {
    const report: JsonReport = { contentDir, count: problems.length, problems: [...problems] };
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  const lines = problems.map(format === 'github' ? githubAnnotation : formatProblem);
  return `${[...lines, summary(contentDir, problems.length)].join('\n')}\n`;
}
