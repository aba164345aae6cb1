import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/** One build-breaking problem in the content, located precisely enough to fix it. */
export interface ContentProblem {
  /** The file, as shown to the author (relative to the project or working directory). */
  file: string;
  line: number;
  column: number;
  /** Short rule id, e.g. `unknown-letter`. */
  rule: string;
  message: string;
  /** The offending value as written. */
  value: string;
}

/**
 * A value in double quotes, JSON-escaped, with every invisible control character as `\uXXXX`
 * (JSON leaves U+FFFE and U+FFFF as they are, and writes U+0008 and U+000C as `\b` and `\f`).
 */
export function quoteValue(value: string): string {
  return JSON.stringify(value).replace(/\\\\|\\b|\\f|[\uFFFE\uFFFF]/g, (match) => {
    if (match === '\\\\') return match;
    const character = match === '\\b' ? '\b' : match === '\\f' ? '\f' : match;
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** `message (value: "…")`: what is wrong and the value as written. */
export function describeProblem(problem: ContentProblem): string {
  return `${problem.message} (value: ${quoteValue(problem.value)})`;
}

/** `file:line:column [rule] message (value: "…")`, the shape editors and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} [${problem.rule}] ${describeProblem(problem)}`;
}

/** A warning (an author hint that fails nothing): `file:line:column warning [rule] message (value: "…")`. */
export function formatWarning(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} warning [${problem.rule}] ${describeProblem(problem)}`;
}

/** Line and column (both from 1) of a character offset of `source`. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** How many of the closest existing ids a problem suggests. */
const HINTS = 3;

/**
 * ` The closest: "a", "b".`: up to three candidates near `value` by edit distance (at most half
 * its length away), closest first; empty when none is that close.
 */
export function closestIds(value: string, candidates: Iterable<string>): string {
  const near = [...candidates]
    .map((candidate) => ({ candidate, away: distance(value, candidate) }))
    .filter(({ away }) => away <= value.length / 2)
    .sort((a, b) => a.away - b.away || a.candidate.localeCompare(b.candidate))
    .slice(0, HINTS);
  return near.length > 0 ? ` The closest: ${near.map(({ candidate }) => `"${candidate}"`).join(', ')}.` : '';
}

/** What a schema refused, with the path of the key it is about: for an unknown key, the key itself. */
export interface SchemaIssue {
  path: (string | number)[];
  message: string;
  /** The unknown key's name, when the issue is one. */
  unknownKey: string | undefined;
}

/** A schema's issues with their paths as keys and indexes, ready to be located in the file they came from. */
export function schemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const unknownKey = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : undefined;
    return { path: unknownKey === undefined ? path : [...path, unknownKey], message: issue.message, unknownKey };
  });
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
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  add(rule: string, message: string, value: string, line: number, column = 1): void {
    this.problems.push({ file: this.file, line, column, rule, message, value });
  }

  /** The problems by line, as an author reads the file; those of one line in the order found. */
  inLineOrder(): ContentProblem[] {
    return [...this.problems].sort((a, b) => a.line - b.line);
  }
}
