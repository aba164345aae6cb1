/**
 * Language editions of one matrix. A translation (`content/fr/`) pairs with the primary edition
 * (`content/`) phase by phase, section by section number, and row by row within a section, and it
 * must give every party the same letters: a letter that differs between two editions of a
 * compliance document is a finding. Paired, the translation takes the primary edition's ids, so
 * that `/#<id>` and `/fr/#<id>` are the same activity. A difference the publisher's editions
 * really have is recorded in the translation's `differences.yaml`; it then passes, and the site
 * shows it on both rows.
 */
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { anchorIdSchema } from './aliases.ts';
import { isRoleLetter, type RoleLetter } from './letters.ts';
import { yamlData } from './markdown.ts';
import { type ContentProblem, ProblemCollector, schemaIssues } from './problems.ts';
import { lettersOf, writtenLetters } from './query.ts';
import type { SourceFile } from './read-matrix.ts';
import type { Activity, Matrix, Phase, Section } from './schema.ts';

/** A difference between the editions' letters that the publisher's documents really have. */
export const editionDifferenceSchema = z.object({
  /** The activity's id (the same in both editions). */
  activity: z.string(),
  party: z.string(),
  /** The letters as each edition writes them, by language: `{ en: 'RI', fr: 'I' }`. */
  letters: z.record(z.string(), z.string()),
  /** Why they differ, or what is known of it. */
  note: z.string(),
});
export type EditionDifference = z.infer<typeof editionDifferenceSchema>;

const lettersSchema = z
  .string()
  .refine((value) => [...value].every(isRoleLetter), 'must be letters among R, A, C and I, or "" for no role');

/**
 * `differences.yaml` of a translation: a list of `{ activity, party, <primary lang>, <translation
 * lang>, note }`, the letters of both editions under their language tags.
 */
export function differencesSchema(primaryLang: string, translationLang: string) {
  const entry: Record<string, z.ZodType<string>> = {
    activity: anchorIdSchema,
    party: z.string().min(1),
    [primaryLang]: lettersSchema,
    [translationLang]: lettersSchema,
    note: z.string().trim().min(1),
  };
  return z.array(z.strictObject(entry));
}

interface RecordedDifference extends EditionDifference {
  line: number;
}

/** Reads a translation's `differences.yaml`; every problem is located on its entry. */
export function readDifferences(
  file: SourceFile,
  primaryLang: string,
  translationLang: string,
): { differences: RecordedDifference[] | undefined; problems: ContentProblem[] } {
  const problems = new ProblemCollector(file.file);
  const lineCounter = new LineCounter();
  const document = parseDocument(file.source, { lineCounter, prettyErrors: false });
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.add('differences-yaml', error.message.split('\n')[0] ?? 'Invalid YAML', '', line, col);
  }
  if (document.errors.length > 0) return { differences: undefined, problems: problems.inLineOrder() };
  const read = yamlData(document, lineCounter);
  if ('unreadable' in read) {
    problems.add('differences-yaml', read.unreadable.message, '', read.unreadable.line, read.unreadable.column);
    return { differences: undefined, problems: problems.problems };
  }
  const entryLine = (index: number) => {
    const list = document.contents;
    const item = isSeq(list) ? list.items[index] : undefined;
    const offset = (item as { range?: [number, number, number] } | undefined)?.range?.[0];
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const result = differencesSchema(primaryLang, translationLang).safeParse(read.data ?? []);
  if (!result.success) {
    for (const { path, message } of schemaIssues(result.error)) {
      const index = typeof path[0] === 'number' ? path[0] : undefined;
      problems.add(
        'differences-invalid',
        `${path.join('.') || 'The file'}: ${message}`,
        String(path.at(-1) ?? ''),
        index === undefined ? 1 : entryLine(index),
      );
    }
    return { differences: undefined, problems: problems.inLineOrder() };
  }
  const differences = result.data.map((entry, index) => ({
    activity: entry['activity'] ?? '',
    party: entry['party'] ?? '',
    letters: { [primaryLang]: entry[primaryLang] ?? '', [translationLang]: entry[translationLang] ?? '' },
    note: entry['note'] ?? '',
    line: entryLine(index),
  }));
  return { differences, problems: [] };
}

/** One edition as the pairing sees it: its matrix and the file of its matrix.md. */
export interface EditionInput {
  matrix: Matrix;
  /** `matrix.md` of the edition: where problems about its parties are located. */
  matrixFile: SourceFile;
}

/**
 * The translation with the primary edition's ids and the recorded differences found in the
 * content, which the site shows; or, when the editions do not pair, why.
 */
export type PairedEdition =
  | { matrix: Matrix; differences: EditionDifference[]; problems: [] }
  | { matrix: undefined; problems: ContentProblem[] };

const sameLetters = (a: readonly RoleLetter[], b: readonly RoleLetter[]) =>
  a.length === b.length && a.every((letter) => b.includes(letter));
const place = (file: string, line: number, column = 1) => `${file}:${line}:${column}`;
/** The line of a top-level key of a matrix.md front matter (`parties:`), or 1. */
const keyLine = (source: string, key: string) => source.split('\n').findIndex((text) => text.startsWith(`${key}:`)) + 1 || 1;

/**
 * Pairs a translation with the primary edition and checks that they agree. Problems are located in
 * the translation (its file, line and column) and name the primary edition's counterpart; a part
 * the translation lacks is located in the primary edition, naming where the translation lacks it.
 */
export function pairEdition(
  primary: EditionInput,
  translation: EditionInput,
  recorded: readonly RecordedDifference[],
  /** Where the differences are recorded (or would be): named in the edition-letters problem. */
  differencesFile: string,
): PairedEdition {
  const problems: ContentProblem[] = [];
  const add = (file: string, line: number, column: number, rule: string, message: string, value: string) =>
    problems.push({ file, line, column, rule, message, value });
  const en = primary.matrix.meta;
  const tr = translation.matrix.meta;

  const primaryParties = en.parties.map((party) => party.id);
  const translationParties = tr.parties.map((party) => party.id);
  if (primaryParties.join('\n') !== translationParties.join('\n')) {
    add(
      translation.matrixFile.file,
      keyLine(translation.matrixFile.source, 'parties'),
      1,
      'edition-parties',
      `The parties differ in number or order from the ${en.lang} edition's (${place(primary.matrixFile.file, keyLine(primary.matrixFile.source, 'parties'))}): ` +
        `its parties are ${primaryParties.join(', ')}, in this order; give each party here the id of its counterpart (\`id:\`), in the same order.`,
      translationParties.join(', '),
    );
    return { matrix: undefined, problems };
  }

  const found: EditionDifference[] = [];
  const used = new Set<RecordedDifference>();
  const phases: Phase[] = [];
  for (const phase of translation.matrix.phases) {
    const counterpart = primary.matrix.phases.find((candidate) => candidate.number === phase.number);
    if (!counterpart) {
      add(
        phase.file,
        2,
        1,
        'edition-phase-missing',
        `Phase ${phase.number} has no counterpart in the ${en.lang} edition.`,
        String(phase.number),
      );
      continue;
    }
    const sections: Section[] = [];
    for (const section of phase.sections) {
      const other = counterpart.sections.find((candidate) => candidate.number === section.number);
      if (!other) {
        add(
          phase.file,
          section.line,
          1,
          'edition-section-missing',
          `Section ${section.number} has no counterpart in the ${en.lang} edition (${counterpart.file}).`,
          `${section.number}. ${section.title}`,
        );
        continue;
      }
      if (other.activities.length !== section.activities.length) {
        add(
          phase.file,
          section.line,
          1,
          'edition-row-count',
          `Section ${section.number} has ${section.activities.length} rows here and ${other.activities.length} in the ${en.lang} edition ` +
            `(${place(counterpart.file, other.line)}): the editions pair row by row.`,
          `${section.number}. ${section.title}`,
        );
        continue;
      }
      const activities: Activity[] = section.activities.map((activity, index) => {
        const pair = other.activities[index] as Activity;
        for (const party of tr.parties) {
          const mine = lettersOf(activity, party);
          const theirs = lettersOf(pair, party);
          if (sameLetters(mine, theirs)) continue;
          const letters = { [en.lang]: writtenLetters(pair, party), [tr.lang]: writtenLetters(activity, party) };
          const record = recorded.find(
            (entry) =>
              entry.activity === pair.id &&
              entry.party === party.id &&
              sameLetters([...(entry.letters[en.lang] ?? '')].filter(isRoleLetter), theirs) &&
              sameLetters([...(entry.letters[tr.lang] ?? '')].filter(isRoleLetter), mine),
          );
          if (record) {
            used.add(record);
            found.push({ activity: pair.id, party: party.id, letters, note: record.note });
            continue;
          }
          add(
            phase.file,
            activity.line,
            activity.columns[party.id] ?? 1,
            'edition-letters',
            `${party.name}: "${letters[tr.lang]}" here, "${letters[en.lang]}" in the ${en.lang} edition (${place(counterpart.file, pair.line, pair.columns[party.id])}, ` +
              `"${pair.text}"). A letter that differs between editions is a finding: correct the edition in error, or record the difference ` +
              `in ${differencesFile}.`,
            letters[tr.lang] ?? '',
          );
        }
        return { ...activity, id: pair.id };
      });
      sections.push({ ...section, id: other.id, activities });
    }
    for (const other of counterpart.sections) {
      if (!phase.sections.some((candidate) => candidate.number === other.number)) {
        add(
          counterpart.file,
          other.line,
          1,
          'edition-section-missing',
          `Section ${other.number} has no counterpart in the ${tr.lang} edition (${phase.file}).`,
          `${other.number}. ${other.title}`,
        );
      }
    }
    phases.push({ ...phase, id: counterpart.id, slug: counterpart.slug, sections });
  }
  for (const phase of primary.matrix.phases) {
    if (!translation.matrix.phases.some((candidate) => candidate.number === phase.number)) {
      add(
        phase.file,
        2,
        1,
        'edition-phase-missing',
        `Phase ${phase.number} has no counterpart in the ${tr.lang} edition.`,
        String(phase.number),
      );
    }
  }
  for (const entry of recorded) {
    if (used.has(entry)) continue;
    add(
      differencesFile,
      entry.line,
      1,
      'edition-difference-stale',
      `No such difference between the editions: ${entry.party}'s letters for ${entry.activity} are not "${entry.letters[en.lang]}" (${en.lang}) ` +
        `and "${entry.letters[tr.lang]}" (${tr.lang}). Remove the entry, or correct it.`,
      entry.activity,
    );
  }
  if (problems.length > 0) return { matrix: undefined, problems };
  return { matrix: { meta: tr, phases }, problems: [], differences: found };
}
