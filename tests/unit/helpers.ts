import { readMatrix } from '../../src/core/read-matrix';
import type { Party } from '../../src/core/schema';
import { readContentFiles } from '../../src/node/content-folder';

export const twoParties: Party[] = [
  { id: 'customer', name: 'Customer' },
  { id: 'ovhcloud', name: 'OVHcloud' },
];

/** A phase file: front matter, then the body lines given. Line 1 is `---`; the body starts on line 6. */
export function phaseFile(body: string[], frontmatter = ['phase: 1', 'title: "Before subscription"']): string {
  return ['---', ...frontmatter, '---', '', ...body, ''].join('\n');
}

export const header = ['| **Activity** | **Customer** | **OVHcloud** |', '| --- | --- | --- |'];

/** A complete `content/matrix.md` front matter with the two source parties and the four letters. */
export const metaLines = [
  'title: "T"',
  'shortTitle: "S"',
  'description: "D"',
  'sourceUrl: "https://example.org/x"',
  'lang: en',
  'lastUpdated: 2026-06-11',
  'parties:',
  '  - name: Customer',
  '  - name: OVHcloud',
  'roles:',
  '  - { letter: R, name: Responsible, definition: "d" }',
  '  - { letter: A, name: Accountable, definition: "d" }',
  '  - { letter: C, name: Consulted, definition: "d" }',
  '  - { letter: I, name: Informed, definition: "d" }',
];

export function metaFile(lines: readonly string[] = metaLines) {
  return { file: 'content/matrix.md', source: ['---', ...lines, '---', ''].join('\n') };
}

/** The real content's files (`content/`), as the build reads them. */
export const realContentFiles = () => readContentFiles('content');

/** The real matrix, read by the core's reader; its problems, if any, fail the test that asks. */
export function realMatrix() {
  const { matrixFile, phaseFiles } = realContentFiles();
  return readMatrix(matrixFile, phaseFiles);
}

/** A French edition's `matrix.md` front matter: its own party and legend names, the primary edition's party ids. */
export const frenchMetaLines = [
  'title: "Matrice T"',
  'shortTitle: "S"',
  'description: "D"',
  'sourceUrl: "https://example.org/fr"',
  'lang: fr',
  'lastUpdated: 2024-01-22',
  'activityColumn: Activité',
  'parties:',
  '  - name: Client',
  '    id: customer',
  '  - name: OVHcloud',
  'roles:',
  '  - { letter: R, name: Responsable, definition: "d" }',
  '  - { letter: A, name: Approbateur, definition: "d" }',
  '  - { letter: C, name: Consulté, definition: "d" }',
  '  - { letter: I, name: Informé, definition: "d" }',
];

/** A small French matrix: one phase, one section, an activity with an elided article and one where the Client has no role. */
export function frenchMatrix() {
  const phase = phaseFile(
    [
      '## 1.1. Spécifier le service',
      '| **Activité** | **Client** | **OVHcloud** |',
      '| --- | --- | --- |',
      '| Mettre à jour l’hyperviseur | I | RA |',
      '| Opérer la destruction sécurisée des données |  | RA |',
    ],
    ['phase: 1', 'title: "Avant la souscription"'],
  );
  const { matrix } = readMatrix({ file: 'content/fr/matrix.md', source: ['---', ...frenchMetaLines, '---', ''].join('\n') }, [
    { file: 'content/fr/phases/1.md', source: phase },
  ]);
  if (!matrix) throw new Error('The French fixture must read without problems.');
  return matrix;
}
