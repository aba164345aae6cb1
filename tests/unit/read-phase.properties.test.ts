/**
 * Property-based tests of the content readers on generated phase Markdown, valid or mutated:
 * the readers never throw, every failure is a located problem, and what they read, written back
 * to Markdown, reads back the same.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RoleLetter } from '../../src/core/letters';
import type { ContentProblem } from '../../src/core/problems';
import { readMatrix } from '../../src/core/read-matrix';
import { readPhase } from '../../src/core/read-phase';
import type { Party, Phase } from '../../src/core/schema';
import { metaLines } from './helpers';

const FILE = 'content/phases/generated.md';
const PARTY_POOL: Party[] = [
  { id: 'customer', name: 'Customer' },
  { id: 'ovhcloud', name: 'OVHcloud' },
  { id: 'integrator', name: 'Integrator' },
  { id: 'auditor', name: 'Auditor' },
];

// ---------------------------------------------------------------------------------------------
// A model of a valid phase, generated first; the Markdown is rendered from it.

interface ActivityModel {
  text: string;
  /** Letters per declared party, in declared order. */
  letters: RoleLetter[][];
}

interface SectionModel {
  title: string;
  activities: ActivityModel[];
  children: SectionModel[];
}

interface PhaseModel {
  number: number;
  title: string;
  parties: Party[];
  sections: SectionModel[];
}

/**
 * A word of plain inline text: nothing Markdown would turn into emphasis, code, links or HTML. It
 * starts with a letter, so that a title's slug never reads as more section number ("1.1" + "2 x"
 * and "1.1.2" + "x" would make the same anchor id, which readMatrix rightly refuses).
 */
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9'(),./:?-]{0,8}$/);
/**
 * Two activities of a section whose wordings differ only in punctuation or case would share an
 * anchor id ("M/E" and "m e'" both make "m-e": runs of other characters become one hyphen, and
 * none is kept at either end).
 */
const anchorKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const plainText = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

/** One valid row's letters: exactly one A, at least one R, no letter twice in a cell. */
function lettersArb(partyCount: number): fc.Arbitrary<RoleLetter[][]> {
  const others = fc.array(fc.shuffledSubarray<RoleLetter>(['R', 'C', 'I']), { minLength: partyCount, maxLength: partyCount });
  return fc.tuple(others, fc.nat(partyCount - 1), fc.nat(partyCount - 1), fc.nat(3)).map(([cells, accountable, responsible, position]) =>
    cells.map((cell, index) => {
      const letters = [...cell];
      if (index === accountable) letters.splice(position % (letters.length + 1), 0, 'A');
      if (index === responsible && !letters.includes('R')) letters.push('R');
      return letters;
    }),
  );
}

function sectionArb(partyCount: number): fc.Arbitrary<SectionModel> {
  const activities = fc.uniqueArray(fc.record({ text: plainText, letters: lettersArb(partyCount) }), {
    minLength: 1,
    maxLength: 4,
    selector: (activity) => anchorKey(activity.text),
  });
  const { section } = fc.letrec<{ section: SectionModel }>((tie) => ({
    section: fc
      .record({
        title: plainText,
        activities,
        children: fc.oneof(
          { maxDepth: 2, depthIdentifier: 'section' },
          fc.constant<SectionModel[]>([]),
          fc.array(tie('section'), { minLength: 1, maxLength: 2 }),
        ),
        keepTable: fc.boolean(),
      })
      // A section with sub-sections may or may not have a table of its own; a leaf always has one.
      .map(({ title, activities, children, keepTable }) => ({
        title,
        activities: children.length > 0 && !keepTable ? [] : activities,
        children,
      })),
  }));
  return section;
}

const partiesArb = fc.shuffledSubarray(PARTY_POOL, { minLength: 2, maxLength: 3 });

function phaseModelArb(parties: Party[]): fc.Arbitrary<PhaseModel> {
  return fc
    .tuple(fc.integer({ min: 1, max: 12 }), plainText, fc.array(sectionArb(parties.length), { minLength: 1, maxLength: 3 }))
    .map(([number, title, sections]) => ({ number, title, parties, sections }));
}

/** How a valid phase may be written: everything here is a matter of form, not of content. */
interface Style {
  headingLevel: number;
  boldHeading: boolean;
  dotAfterNumber: boolean;
  boldHeaderCells: boolean;
  padding: number;
  spacedLetters: boolean;
  blankAfterHeading: boolean;
  commentBeforeSection: boolean;
  /** Gaps between sibling section numbers (1.1, 1.3, 1.10…). */
  numberStep: number;
  /** The order of the party columns, as indices into the declared parties. */
  columnOrder: number[];
  crlf: boolean;
}

function styleArb(partyCount: number): fc.Arbitrary<Style> {
  const indices = Array.from({ length: partyCount }, (_, index) => index);
  return fc.record({
    headingLevel: fc.integer({ min: 1, max: 6 }),
    boldHeading: fc.boolean(),
    dotAfterNumber: fc.boolean(),
    boldHeaderCells: fc.boolean(),
    padding: fc.integer({ min: 0, max: 3 }),
    spacedLetters: fc.boolean(),
    blankAfterHeading: fc.boolean(),
    commentBeforeSection: fc.boolean(),
    numberStep: fc.integer({ min: 1, max: 4 }),
    columnOrder: fc.shuffledSubarray(indices, { minLength: partyCount, maxLength: partyCount }),
    crlf: fc.boolean(),
  });
}

/** What the reader must find, written by the generator (never recomputed by the reader). */
interface ExpectedSection {
  number: string;
  title: string;
  depth: number;
  parent: string | null;
  line: number;
  activities: { text: string; roles: Record<string, RoleLetter[]>; line: number }[];
}

interface Generated {
  model: PhaseModel;
  source: string;
  expected: ExpectedSection[];
}

function render(model: PhaseModel, style: Style): Generated {
  const lines = ['---', `phase: ${model.number}`, `title: ${JSON.stringify(model.title)}`, '---', ''];
  const expected: ExpectedSection[] = [];
  const pad = ' '.repeat(style.padding);
  const row = (cells: string[]) => `|${cells.map((cell) => `${pad}${cell}${pad}`).join('|')}|`;
  const columns = style.columnOrder.map((index) => ({ index, party: model.parties[index] as Party }));

  const walk = (sections: SectionModel[], parent: string | null) => {
    sections.forEach((section, position) => {
      const number = `${parent ?? model.number}.${1 + position * style.numberStep}`;
      if (style.commentBeforeSection) lines.push('<!-- reviewed -->', '');
      const heading = `${number}${style.dotAfterNumber ? '.' : ''} ${section.title}`;
      lines.push(`${'#'.repeat(style.headingLevel)} ${style.boldHeading ? `**${heading}**` : heading}`);
      const entry: ExpectedSection = {
        number,
        title: section.title,
        depth: number.split('.').length,
        parent,
        line: lines.length,
        activities: [],
      };
      expected.push(entry);
      if (style.blankAfterHeading || section.activities.length === 0) lines.push('');
      if (section.activities.length > 0) {
        const bold = (text: string) => (style.boldHeaderCells ? `**${text}**` : text);
        lines.push(row([bold('Activity'), ...columns.map(({ party }) => bold(party.name))]));
        lines.push(row(['---', ...columns.map(() => '---')]));
        for (const activity of section.activities) {
          const cells = columns.map(({ index }) => (activity.letters[index] ?? []).join(style.spacedLetters ? ' ' : ''));
          lines.push(row([activity.text, ...cells]));
          entry.activities.push({
            text: activity.text,
            roles: Object.fromEntries(model.parties.map((party, index) => [party.id, activity.letters[index] ?? []])),
            line: lines.length,
          });
        }
        lines.push('');
      }
      walk(section.children, number);
    });
  };
  walk(model.sections, null);
  return { model, source: lines.join(style.crlf ? '\r\n' : '\n'), expected };
}

function generatedFor(parties: Party[]): fc.Arbitrary<Generated> {
  return phaseModelArb(parties).chain((model) => styleArb(parties.length).map((style) => render(model, style)));
}

const generatedArb: fc.Arbitrary<Generated> = partiesArb.chain(generatedFor);

// ---------------------------------------------------------------------------------------------
// Mutations: line-level edits, tricky lines and raw character damage.

const trickyLines = [
  '',
  '<div>raw</div>',
  '<script>alert(1)</script>',
  '<!-- comment -->',
  '<!--',
  '-->',
  '- item',
  '1. item',
  '> quote',
  '```',
  '    indented code',
  '***',
  '---',
  '# 1.1. Again',
  '#### 2.1. Other phase',
  '#### 1.9.9. Orphan',
  '#### No number',
  '#',
  '| Activity | Customer |',
  '| Task | Customer | OVHcloud |',
  '| --- |',
  '| --- | --- | --- |',
  '| x | RA | I |',
  '| y | Z | RA | extra |',
  '|  | RA | I |',
  '| z | RAR | AA |',
  'phase: x',
  'title:',
  'colour: blue',
  '  key: [unclosed',
  '\t',
  '\u0000',
  '\u202e',
  '\uFEFF',
  '[link](javascript:alert(1))',
  '![image](x.png)',
  '**bold**',
  '=HYPERLINK("x")',
  '\\',
  '&amp;',
];

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'character'; at: number; character: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    line: fc.oneof(fc.constantFrom(...trickyLines), fc.string({ unit: 'binary', maxLength: 20 })),
  }),
  fc.record({
    kind: fc.constant('character' as const),
    at: fc.nat(),
    character: fc.oneof(
      fc.constantFrom('|', '#', '*', '<', '\n', '\r', ' ', '-', ':', '"', 'X', ''),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
  }),
);

function mutate(source: string, mutation: Mutation): string {
  const lines = source.split('\n');
  const at = mutation.at % (mutation.kind === 'character' ? source.length + 1 : lines.length + 1);
  switch (mutation.kind) {
    case 'delete':
      lines.splice(at, 1);
      return lines.join('\n');
    case 'duplicate':
      lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    case 'truncate':
      return source.slice(0, Math.floor((source.length * at) / (lines.length + 1)));
    case 'swap': {
      const other = mutation.other % lines.length;
      const first = lines[at] ?? '';
      lines[at] = lines[other] ?? '';
      lines[other] = first;
      return lines.join('\n');
    }
    case 'insert':
      lines.splice(at, 0, mutation.line);
      return lines.join('\n');
    case 'character':
      return source.slice(0, at) + mutation.character + source.slice(at + 1);
  }
}

const mutatedArb = fc
  .tuple(generatedArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([generated, mutations]) => ({ generated, source: mutations.reduce(mutate, generated.source) }));

/** Anything at all, and anything after an opening front-matter fence. */
const arbitrarySourceArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }).map((rest) => `---\n${rest}`),
  fc.string({ unit: 'binary', maxLength: 300 }).map((rest) => `---\nphase: 1\ntitle: T\n---\n${rest}`),
);

// ---------------------------------------------------------------------------------------------
// The test-side serializer: a parsed phase back to Markdown.

function serializePhase(phase: Phase, parties: readonly Party[]): string {
  const lines = ['---', `phase: ${phase.number}`, `title: ${JSON.stringify(phase.title)}`, '---', ''];
  for (const section of phase.sections) {
    lines.push(`${'#'.repeat(Math.min(section.depth + 2, 6))} ${section.number}. ${section.title}`, '');
    if (section.activities.length === 0) continue;
    lines.push(`| Activity | ${parties.map((party) => party.name).join(' | ')} |`);
    lines.push(`| --- | ${parties.map(() => '---').join(' | ')} |`);
    for (const activity of section.activities) {
      lines.push(`| ${activity.text} | ${parties.map((party) => (activity.roles[party.id] ?? []).join('')).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The phase without its source positions (line numbers of sections and rows, columns of cells). */
function withoutPositions(phase: Phase | undefined) {
  if (!phase) return undefined;
  return {
    ...phase,
    sections: phase.sections.map(({ line: _line, activities, ...section }) => ({
      ...section,
      activities: activities.map(({ line: _activityLine, columns: _columns, ...activity }) => activity),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Properties.

const RULE_ID = /^[a-z]+(-[a-z]+)*$/;

/** Every problem names the file, a line and column inside the source, a rule id and a value. */
function expectLocated(problems: readonly ContentProblem[], files: ReadonlyMap<string, string>) {
  for (const problem of problems) {
    const source = files.get(problem.file);
    expect(source, `problem in an unknown file: ${problem.file}`).toBeDefined();
    const lineCount = (source ?? '').split(/\r\n|\r|\n/).length;
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount, `line of ${JSON.stringify(problem)}`).toBe(
      true,
    );
    expect(Number.isInteger(problem.column) && problem.column >= 1, `column of ${JSON.stringify(problem)}`).toBe(true);
    expect(problem.rule).toMatch(RULE_ID);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(typeof problem.value).toBe('string');
  }
}

/** Reads a source and checks the reader's contract: no throw, data or at least one located problem. */
function readChecked(source: string, parties: readonly Party[]) {
  const result = readPhase(FILE, source, parties);
  expectLocated(result.problems, new Map([[FILE, source]]));
  if (result.phase === undefined) expect(result.problems.length).toBeGreaterThan(0);
  return result;
}

/**
 * Under mutation testing (Stryker sets STRYKER_MUTATOR_WORKER), each mutant of the readers runs this
 * file again: fewer runs, from a fixed seed, so that a run takes seconds and a mutant's result does
 * not depend on luck. Elsewhere every run draws new cases.
 */
const UNDER_MUTATION = process.env['STRYKER_MUTATOR_WORKER'] !== undefined;
if (UNDER_MUTATION) fc.configureGlobal({ seed: 20260611 });
const runs = (numRuns: number) => ({ numRuns: UNDER_MUTATION ? Math.ceil(numRuns / 5) : numRuns });
const RUNS = runs(100);
/** Generous: the machine running the tests may be busy; unloaded, the whole file takes a few seconds. */
const SLOW = { timeout: 60_000 };

describe('readPhase on generated valid phases', () => {
  test('reads exactly what was generated, with the lines it was written on', SLOW, () => {
    fc.assert(
      fc.property(generatedArb, ({ model, source, expected }) => {
        const { phase, problems } = readChecked(source, model.parties);
        expect(problems).toEqual([]);
        expect(phase).toMatchObject({ number: model.number, title: model.title, file: FILE });
        expect(
          phase?.sections.map(({ number, title, depth, parent, line, activities }) => ({
            number,
            title,
            depth,
            parent,
            line,
            activities: activities.map(({ text, roles, line: rowLine }) => ({ text, roles, line: rowLine })),
          })),
        ).toEqual(expected);
      }),
      RUNS,
    );
  });

  test('written back to Markdown, reads back identical apart from source positions', SLOW, () => {
    fc.assert(
      fc.property(generatedArb, ({ model, source }) => {
        const first = readChecked(source, model.parties);
        const again = readChecked(serializePhase(first.phase as Phase, model.parties), model.parties);
        expect(again.problems).toEqual([]);
        expect(withoutPositions(again.phase)).toEqual(withoutPositions(first.phase));
      }),
      RUNS,
    );
  });
});

describe('readPhase on damaged input', () => {
  test('never throws, and returns data or at least one located problem (mutated phases)', SLOW, () => {
    fc.assert(
      fc.property(mutatedArb, ({ generated, source }) => {
        readChecked(source, generated.model.parties);
      }),
      runs(250),
    );
  });

  test('never throws, and returns data or at least one located problem (arbitrary text)', SLOW, () => {
    fc.assert(
      fc.property(arbitrarySourceArb, (source) => {
        readChecked(source, PARTY_POOL.slice(0, 2));
      }),
      runs(200),
    );
  });

  test('a mutated phase that still reads without problems round-trips like a valid one', SLOW, () => {
    fc.assert(
      fc.property(mutatedArb, ({ generated, source }) => {
        const first = readChecked(source, generated.model.parties);
        if (first.problems.length > 0) return;
        const again = readChecked(serializePhase(first.phase as Phase, generated.model.parties), generated.model.parties);
        expect(again.problems).toEqual([]);
        expect(withoutPositions(again.phase)).toEqual(withoutPositions(first.phase));
      }),
      RUNS,
    );
  });
});

/** `content/matrix.md` declaring the given parties. */
function metaSource(parties: readonly Party[]): string {
  const partyLines = parties.map((party) => `  - name: ${party.name}`);
  const lines = metaLines.flatMap((line) => {
    if (line === 'parties:') return [line, ...partyLines];
    return line.startsWith('  - name:') ? [] : [line];
  });
  return ['---', ...lines, '---', ''].join('\n');
}

describe('readMatrix on generated files', () => {
  const META = 'content/matrix.md';

  test('phases with distinct numbers read without problems, sorted by number', SLOW, () => {
    const phasesArb = partiesArb.chain((parties) =>
      fc.uniqueArray(generatedFor(parties), { minLength: 1, maxLength: 3, selector: (generated) => generated.model.number }),
    );
    fc.assert(
      fc.property(phasesArb, (phases) => {
        const parties = phases[0]?.model.parties ?? [];
        const files = phases.map((generated, index) => ({ file: `content/phases/${index}.md`, source: generated.source }));
        const { matrix, problems } = readMatrix({ file: META, source: metaSource(parties) }, files);
        expect(problems).toEqual([]);
        expect(matrix?.meta.parties).toEqual(parties);
        expect(matrix?.phases.map((phase) => phase.number)).toEqual(
          phases.map((generated) => generated.model.number).sort((a, b) => a - b),
        );
      }),
      runs(40),
    );
  });

  test('never throws, and returns a matrix or at least one located problem (mutated files)', SLOW, () => {
    const metaArb = fc.oneof(
      fc.constant(metaSource(PARTY_POOL.slice(0, 2))),
      fc
        .array(mutationArb, { minLength: 1, maxLength: 3 })
        .map((mutations) => mutations.reduce(mutate, metaSource(PARTY_POOL.slice(0, 2)))),
    );
    const phaseArb = fc.oneof(
      generatedArb.map((generated) => generated.source),
      mutatedArb.map((mutated) => mutated.source),
    );
    fc.assert(
      fc.property(metaArb, fc.array(phaseArb, { maxLength: 3 }), (meta, phaseSources) => {
        const files = phaseSources.map((source, index) => ({ file: `content/phases/${index}.md`, source }));
        const { matrix, problems } = readMatrix({ file: META, source: meta }, files);
        expectLocated(problems, new Map([[META, meta], ...files.map(({ file, source }) => [file, source] as const)]));
        if (matrix === undefined) expect(problems.length).toBeGreaterThan(0);
      }),
      runs(100),
    );
  });
});
