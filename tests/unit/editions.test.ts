import { describe, expect, test } from 'vitest';
import { readContent, type TranslationFiles } from '../../src/core/content';
import { pairEdition, readDifferences } from '../../src/core/editions';
import { readMatrix } from '../../src/core/read-matrix';
import { readContentFiles, readTranslationFiles } from '../../src/node/content-folder';
import { header, metaFile, metaLines, phaseFile } from './helpers';

/**
 * The evolving fixture has an English edition and a French one (fr/), which pair row by row and
 * differ in one recorded letter (HISTORY.md). Each test breaks one rule of the pairing in a copy of
 * the French files; expected places are read by hand off the fixture's files.
 */
const EN = 'tests/fixtures/evolving-content';
const FR = `${EN}/fr`;
const english = () => readContentFiles(EN);
const french = (): TranslationFiles => readTranslationFiles(FR);

function editedFrench(file: string, edit: (source: string) => string): TranslationFiles {
  const files = french();
  const target = [files.matrixFile, ...files.phaseFiles, ...(files.differencesFile ? [files.differencesFile] : [])].find(
    (candidate) => candidate.file === file,
  );
  if (!target) throw new Error(`no ${file} in the fixture`);
  const edited = edit(target.source);
  expect(edited).not.toBe(target.source);
  target.source = edited;
  return files;
}
const located = (problems: readonly { file: string; line: number; column: number; rule: string; value: string }[]) =>
  problems.map((p) => `${p.file}:${p.line}:${p.column} [${p.rule}] ${p.value}`);
const read = (translation: TranslationFiles) => readContent(english(), {}, [translation]);

// Each test reads the content itself: code run while tests are collected escapes mutation testing.
describe("the fixture's two editions", () => {
  test('pair without problem, the French taking the English ids', () => {
    const { content, translations, problems } = read(french());
    expect(problems).toEqual([]);
    expect(content).toBeDefined();
    const [fr] = translations;
    expect(fr?.matrix.meta.lang).toBe('fr');
    expect(fr?.matrix.phases.map((phase) => [phase.id, phase.slug, phase.title])).toEqual([
      ['phase-1-onboarding', '1-onboarding', 'Intégration'],
      ['phase-2-operations', '2-operations', 'Exploitation'],
    ]);
    expect(fr?.matrix.phases[0]?.sections.map((section) => [section.id, section.title])).toEqual([
      ['section-1-1-contract', 'Contrat'],
      ['section-1-2-access', 'Accès'],
    ]);
    expect(fr?.matrix.phases[0]?.sections[0]?.activities.map((activity) => [activity.id, activity.text])).toEqual([
      ['activity-1-1-sign-the-contract', 'Signer le contrat'],
      ['activity-1-1-review-the-security-annex', "Relire l'annexe de sécurité"],
    ]);
    expect(fr?.matrix.meta.parties).toEqual([
      { id: 'customer', name: 'Client' },
      { id: 'ovhcloud', name: 'OVHcloud' },
    ]);
  });

  test('the recorded difference is found, and both editions know it', () => {
    const { content, translations } = read(french());
    const known = {
      activity: 'activity-1-1-review-the-security-annex',
      party: 'ovhcloud',
      letters: { en: 'C', fr: 'I' },
      note: "L'édition française n'a pas repris la modification du 1er mars 2026 (OVHcloud : I → C).",
    };
    expect(translations[0]?.differences).toEqual([known]);
    expect(content?.differences).toEqual([known]);
  });

  test('each edition keeps its own releases', () => {
    const { content, translations } = read(french());
    expect(content?.releases.map((release) => release.lastUpdated)).toEqual(['2026-01-15', '2026-03-01', '2026-09-01']);
    expect(translations[0]?.releases.map((release) => release.lastUpdated)).toEqual(['2026-09-15']);
  });
});

describe('the pairing rules, each broken once', () => {
  test('a party letter differs between paired rows: located on the French cell, naming the English one', () => {
    const files = editedFrench(`${FR}/phases/1-integration.md`, (source) =>
      source.replace('| Signer le contrat | RA | I |', '| Signer le contrat | RA | C |'),
    );
    const { content, problems } = read(files);
    expect(content).toBeUndefined();
    expect(located(problems)).toEqual([`${FR}/phases/1-integration.md:10:26 [edition-letters] C`]);
    expect(problems[0]?.message).toBe(
      `OVHcloud: "C" here, "I" in the en edition (${EN}/phases/1-onboarding.md:10:45, "Sign the contract"). A letter that differs ` +
        `between editions is a finding: correct the edition in error, or record the difference in ${FR}/differences.yaml.`,
    );
  });

  test('a section with a different number of rows: on the French heading, naming the English one', () => {
    const files = editedFrench(`${FR}/phases/2-exploitation.md`, (source) => source.replace('| Chiffrer les sauvegardes | RA | C |\n', ''));
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${FR}/phases/2-exploitation.md:6:1 [edition-row-count] 2.1. Sauvegardes`]);
    expect(problems[0]?.message).toBe(
      `Section 2.1 has 1 rows here and 2 in the en edition (${EN}/phases/2-operations.md:6:1): the editions pair row by row.`,
    );
  });

  test('a section in the French edition only: on its heading', () => {
    const files = editedFrench(
      `${FR}/phases/1-integration.md`,
      (source) =>
        `${source}\n#### 1.3. Facturation\n\n| **Activité** | **Client** | **OVHcloud** |\n| --- | --- | --- |\n| Payer les factures | RA | I |\n`,
    );
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${FR}/phases/1-integration.md:20:1 [edition-section-missing] 1.3. Facturation`]);
    expect(problems[0]?.message).toBe(`Section 1.3 has no counterpart in the en edition (${EN}/phases/1-onboarding.md).`);
  });

  test('a section in the English edition only: on the English heading, naming the French file', () => {
    const files = editedFrench(`${FR}/phases/1-integration.md`, (source) => source.slice(0, source.indexOf('#### 1.2. Accès')));
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${EN}/phases/1-onboarding.md:13:1 [edition-section-missing] 1.2. Access`]);
    expect(problems[0]?.message).toBe(`Section 1.2 has no counterpart in the fr edition (${FR}/phases/1-integration.md).`);
  });

  test('a phase in one edition only', () => {
    const files = french();
    files.phaseFiles = files.phaseFiles.filter((file) => !file.file.endsWith('2-exploitation.md'));
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${EN}/phases/2-operations.md:2:1 [edition-phase-missing] 2`]);
    expect(problems[0]?.message).toBe('Phase 2 has no counterpart in the fr edition.');
  });

  test('the declared parties in another order: on the French parties, naming the English ones', () => {
    const files = editedFrench(`${FR}/matrix.md`, (source) =>
      source.replace(
        '  - name: Client\n    id: customer\n  - name: OVHcloud\n',
        '  - name: OVHcloud\n  - name: Client\n    id: customer\n',
      ),
    );
    // The French tables keep their columns: the reader finds them by name, in any order.
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${FR}/matrix.md:9:1 [edition-parties] ovhcloud, customer`]);
    expect(problems[0]?.message).toBe(
      `The parties differ in number or order from the en edition's (${EN}/matrix.md:8:1): its parties are customer, ovhcloud, in this order; ` +
        'give each party here the id of its counterpart (`id:`), in the same order.',
    );
  });

  test('a recorded difference that is not there any more: on its entry', () => {
    const files = editedFrench(`${FR}/phases/1-integration.md`, (source) =>
      source.replace("| Relire l'annexe de sécurité | RA | I |", "| Relire l'annexe de sécurité | RA | C |"),
    );
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${FR}/differences.yaml:3:1 [edition-difference-stale] activity-1-1-review-the-security-annex`]);
  });

  test('the recorded difference removed: the letters differ again, a finding, to record in differences.yaml', () => {
    const files = french();
    files.differencesFile = undefined;
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${FR}/phases/1-integration.md:11:36 [edition-letters] I`]);
    expect(problems[0]?.message).toMatch(new RegExp(`or record the difference in ${FR}/differences\\.yaml\\.$`));
  });

  // The entry records: activity-1-1-review-the-security-annex, ovhcloud, en: C, fr: I.
  test.each([
    ['another activity', 'activity: activity-1-1-review-the-security-annex', 'activity: activity-1-1-sign-the-contract'],
    ['another party', 'party: ovhcloud', 'party: customer'],
    ['other English letters', 'en: C', 'en: RC'],
    ['other French letters', 'fr: I', 'fr: ""'],
  ])('a recorded difference for %s does not excuse the real one, and is stale', (_, from, to) => {
    const files = editedFrench(`${FR}/differences.yaml`, (source) => source.replace(from, to));
    const recorded = from.startsWith('activity') ? 'activity-1-1-sign-the-contract' : 'activity-1-1-review-the-security-annex';
    expect(located(read(files).problems)).toEqual([
      `${FR}/phases/1-integration.md:11:36 [edition-letters] I`,
      `${FR}/differences.yaml:3:1 [edition-difference-stale] ${recorded}`,
    ]);
  });

  test('the stale entry says what it records and what to do', () => {
    const files = editedFrench(`${FR}/differences.yaml`, (source) => source.replace('party: ovhcloud', 'party: customer'));
    expect(read(files).problems[1]?.message).toBe(
      'No such difference between the editions: customer\'s letters for activity-1-1-review-the-security-annex are not "C" (en) and "I" (fr). ' +
        'Remove the entry, or correct it.',
    );
  });

  test('one letter fewer is a difference, for each party', () => {
    // English "Sign the contract": Customer RA, OVHcloud I.
    const files = editedFrench(`${FR}/phases/1-integration.md`, (source) =>
      source.replace('| Signer le contrat | RA | I |', '| Signer le contrat | R | AI |'),
    );
    expect(located(read(files).problems)).toEqual([
      `${FR}/phases/1-integration.md:10:21 [edition-letters] R`,
      `${FR}/phases/1-integration.md:10:25 [edition-letters] AI`,
    ]);
  });

  test('a phase in the French edition only: on its front matter', () => {
    const files = french();
    files.phaseFiles.push({
      file: `${FR}/phases/3-fin.md`,
      source:
        '---\nphase: 3\ntitle: "Fin"\n---\n\n#### 3.1. Clôture\n\n| **Activité** | **Client** | **OVHcloud** |\n| --- | --- | --- |\n| Fermer le compte | RA | I |\n',
    });
    const { problems } = read(files);
    expect(located(problems)).toEqual([`${FR}/phases/3-fin.md:2:1 [edition-phase-missing] 3`]);
    expect(problems[0]?.message).toBe('Phase 3 has no counterpart in the en edition.');
  });

  test("a translation's release and differences.yaml problems are reported together", () => {
    const files = editedFrench(`${FR}/differences.yaml`, (source) => source.replace('  note: "', '  nota: "'));
    const [release] = files.releaseFiles ?? [];
    if (!release) throw new Error('fixture');
    release.source = release.source.replace('"lastUpdated": "2026-09-15"', '"lastUpdated": "2026-09-16"');
    expect(read(files).problems.map((p) => `${p.file} [${p.rule}]`)).toEqual([
      `${FR}/releases/2026-09-15.json [release-checksum]`,
      `${FR}/releases/2026-09-15.json [release-name]`,
      `${FR}/differences.yaml [differences-invalid]`,
      `${FR}/differences.yaml [differences-invalid]`,
    ]);
  });

  test("a translation's guide warnings are the content's warnings", () => {
    const files = french();
    // An id renamed on 2026-09-01 (aliases.yaml): the guide still works, and the author is told.
    const source = '---\ntitle: T\ndescription: D\norder: 1\n---\n<ExampleRow activity="activity-1-2-create-admin-accounts" />\n';
    files.guideFiles = [{ file: `${FR}/guides/g.mdx`, source }];
    const { problems, warnings } = read(files);
    expect(problems).toEqual([]);
    expect(located(warnings)).toEqual([`${FR}/guides/g.mdx:6:23 [guide-old-reference] activity-1-2-create-admin-accounts`]);
  });
});

describe('differences.yaml', () => {
  const file = (source: string) => ({ file: 'fr/differences.yaml', source });

  test("each entry: an activity id, a party, both editions' letters under their languages, a note", () => {
    const { differences, problems } = readDifferences(
      file('- activity: activity-1-1-x\n  party: ovhcloud\n  en: RA\n  fr: ""\n  note: Why.\n'),
      'en',
      'fr',
    );
    expect(problems).toEqual([]);
    expect(differences).toEqual([{ activity: 'activity-1-1-x', party: 'ovhcloud', letters: { en: 'RA', fr: '' }, note: 'Why.', line: 1 }]);
  });

  test('wrong letters, a missing note, an unknown key and broken YAML are located problems', () => {
    const bad = readDifferences(
      file(
        '- activity: activity-1-1-x\n  party: ovhcloud\n  en: RX\n  fr: I\n  note: Why.\n- activity: activity-1-2-y\n  party: customer\n  en: R\n  fr: A\n  colour: red\n',
      ),
      'en',
      'fr',
    );
    expect(bad.differences).toBeUndefined();
    expect(bad.problems.map((p) => `${p.line} [${p.rule}] ${p.message}`)).toEqual([
      '1 [differences-invalid] 0.en: must be letters among R, A, C and I, or "" for no role',
      '6 [differences-invalid] 1.note: Invalid input: expected string, received undefined',
      '6 [differences-invalid] 1.colour: Unrecognized key: "colour"',
    ]);
    expect(readDifferences(file('- activity: [\n'), 'en', 'fr').problems.map((p) => p.rule)).toEqual(['differences-yaml']);
  });

  const problemsOf = (source: string) =>
    readDifferences(file(source), 'en', 'fr').problems.map((p) => `${p.line}:${p.column} [${p.rule}] ${p.message} (value: "${p.value}")`);

  test('broken YAML: the place and the first line of the parser message', () => {
    expect(problemsOf('- activity: [\n')).toEqual([
      '2:1 [differences-yaml] Flow sequence in block collection must be sufficiently indented and end with a ] (value: "")',
    ]);
  });

  test('YAML that cannot be turned into data (an alias bomb): on its first alias', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    bomb.push('c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]');
    expect(problemsOf(`${bomb.join('\n')}\n`)).toEqual([
      '2:8 [differences-yaml] Excessive alias count indicates a resource exhaustion attack (value: "")',
    ]);
  });

  test('not a list: the whole file, on line 1', () => {
    expect(problemsOf('activity: activity-1-1-x\n')).toEqual([
      '1:1 [differences-invalid] The file: Invalid input: expected array, received object (value: "")',
    ]);
  });

  test("a problem's value is the key at fault, on the line of its entry", () => {
    expect(problemsOf('- activity: activity-1-1-x\n  party: ovhcloud\n  en: C\n  fr: I\n  note: "  "\n')).toEqual([
      '1:1 [differences-invalid] 0.note: Too small: expected string to have >=1 characters (value: "note")',
    ]);
  });

  test('an empty file, or an empty list, records nothing', () => {
    expect(readDifferences(file(''), 'en', 'fr')).toEqual({ differences: [], problems: [] });
    expect(readDifferences(file('# Nothing differs.\n[]\n'), 'en', 'fr')).toEqual({ differences: [], problems: [] });
  });
});

describe('pairEdition on its own', () => {
  const meta = (lines: string[]) => metaFile(lines);
  const phase = [
    phaseFile(['#### 1.1. Specify', '', ...header, '| Choose | RA | I |']),
    phaseFile(['#### 1.1. Spécifier', '', '| **Activité** | **Client** | **OVHcloud** |', '| --- | --- | --- |', '| Choisir | RA | I |']),
  ] as const;
  const primary = readMatrix(meta(metaLines), [{ file: 'en/phases/1.md', source: phase[0] }]);
  const frenchLines = metaLines.map((line) => line.replace('lang: en', 'lang: fr')).concat('activityColumn: Activité');

  test('parties in a different number: a problem, and no pairing', () => {
    const three = frenchLines.map((line) =>
      line === '  - name: Customer' ? '  - name: Client\n    id: customer\n  - name: Auditor' : line,
    );
    const translation = readMatrix({ file: 'fr/matrix.md', source: ['---', ...three, '---', ''].join('\n') }, []);
    if (!primary.matrix || !translation.matrix) throw new Error('fixture');
    const paired = pairEdition(
      { matrix: primary.matrix, matrixFile: metaFile() },
      { matrix: translation.matrix, matrixFile: { file: 'fr/matrix.md', source: ['---', ...three, '---', ''].join('\n') } },
      [],
      'fr/differences.yaml',
    );
    expect(paired).toEqual({
      matrix: undefined,
      problems: [expect.objectContaining({ rule: 'edition-parties', value: 'customer, auditor, ovhcloud' })],
    });
  });

  test('letters in another order are the same letters', () => {
    const lines = frenchLines.map((line) => (line === '  - name: Customer' ? '  - name: Client\n    id: customer' : line));
    const source = ['---', ...lines, '---', ''].join('\n');
    const translation = readMatrix({ file: 'fr/matrix.md', source }, [
      { file: 'fr/phases/1.md', source: phase[1].replace('| RA |', '| AR |') },
    ]);
    if (!primary.matrix || !translation.matrix) throw new Error(`fixture: ${JSON.stringify(translation.problems)}`);
    const paired = pairEdition(
      { matrix: primary.matrix, matrixFile: metaFile() },
      { matrix: translation.matrix, matrixFile: { file: 'fr/matrix.md', source } },
      [],
      'fr/differences.yaml',
    );
    expect(paired.problems).toEqual([]);
    expect(paired.matrix?.phases[0]?.sections[0]?.activities[0]?.id).toBe('activity-1-1-choose');
  });
});
