import type { ContentProblem } from './types';

/** `file:line:column [rule] message (value: "…")`, the shape editors and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} [${problem.rule}] ${problem.message} (value: ${JSON.stringify(problem.value)})`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The RACI content has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems for one file, so rules only say what is wrong and where. */
export class ProblemCollector {
  readonly problems: ContentProblem[] = [];

  constructor(readonly file: string) {}

  add(rule: string, message: string, value: string, line: number, column = 1): void {
    this.problems.push({ file: this.file, line, column, rule, message, value });
  }
}
