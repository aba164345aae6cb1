/**
 * `raci-check [content-dir]`: checks a content folder with exactly the validation of the site's
 * build (src/node/content-folder.ts), without Astro, and prints the problems located by file, line
 * and column. Bundled by scripts/build-cli.mjs into one file that runs on Node.js 20 and later.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTENT_FOLDER, loadContent } from '../node/content-folder.ts';
import { formatReport, isReportFormat, REPORT_FORMATS, type ReportFormat } from './report.ts';

const HELP = `Usage: raci-check [options] [content-dir]

Checks a RACI matrix content folder (matrix.md, phases/*.md, aliases.yaml, releases/*.json,
guides/*.mdx, and each translation in a folder named by its language, e.g. fr/, which must pair
with it row by row and give every party the same letters) with the same rules as the site's build,
and prints one line per problem, then one per warning (an author hint that fails nothing):
  file:line:column [rule] message (value: "…")
  file:line:column warning [rule] message (value: "…")

Arguments:
  content-dir        the content folder to check (default: ${DEFAULT_CONTENT_FOLDER})

Options:
  --format <format>  text (default), json ({ contentDir, count, problems, warnings }) or
                     github (GitHub Actions error annotations)
  -h, --help         show this help

Exit status: 0 when there is no problem (warnings or not), 1 when there are problems,
2 for a usage error (unknown option, a folder that does not exist).
`;

type Command = { help: true } | { help: false; folder: string; format: ReportFormat };

class UsageError extends Error {}

/** Reads the command line; throws a UsageError saying, in one line, what is wrong. */
function parseCommandLine(args: string[]): Command {
  const { values, positionals, tokens } = parseArgs({
    args,
    options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const unknown = tokens.find((token) => token.kind === 'option' && token.name !== 'format' && token.name !== 'help');
  if (unknown?.kind === 'option') throw new UsageError(`unknown option ${unknown.rawName}`);
  if (values.help === true) return { help: true };
  const format = values.format ?? 'text';
  if (typeof format !== 'string' || !isReportFormat(format)) {
    throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}${typeof format === 'string' ? ` (got "${format}")` : ''}`);
  }
  if (positionals.length > 1) throw new UsageError(`one content folder at most (got ${positionals.length}: ${positionals.join(' ')})`);
  return { help: false, folder: positionals[0] ?? DEFAULT_CONTENT_FOLDER, format };
}

/** Runs the command and returns its exit status. */
function main(args: string[]): number {
  let command: Command;
  try {
    command = parseCommandLine(args);
    if (command.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const stat = statSync(command.folder, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such folder: ${command.folder}`);
    if (!stat.isDirectory()) throw new UsageError(`not a folder: ${command.folder}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`raci-check: ${error.message}. Run raci-check --help for usage.\n`);
    return 2;
  }
  const shown = path.relative(process.cwd(), path.resolve(command.folder)) || '.';
  const { problems, warnings } = loadContent(path.resolve(command.folder));
  process.stdout.write(formatReport(command.format, shown, problems, warnings));
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
