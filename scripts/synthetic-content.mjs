// Generates synthetic matrix content N times the size of the real one, in the same shape, so the
// benchmark can build the very same pipeline at 10x and 100x (RACI_CONTENT_DIR). Reads the source
// with the core's reader; used by scripts/bench.mjs and tested in tests/unit/synthetic-content.test.ts.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../src/core/problems.ts';
import { writtenLetters } from '../src/core/query.ts';
import { readMatrix } from '../src/core/read-matrix.ts';
import { readContentFiles } from '../src/node/content-folder.ts';

/** @typedef {{ file: string, source: string }} GeneratedFile  `file` is relative to the content folder. */

// Words used to vary the copied activities: the index and the HTML then grow with new wording,
// as a real larger matrix would, instead of repeating the same strings.
const VERBS = ['Manage', 'Review', 'Audit', 'Document', 'Validate', 'Plan', 'Monitor', 'Operate', 'Test', 'Approve', 'Define', 'Report on'];
const QUALIFIERS = [
  'for the secondary region',
  'in the pre-production environment',
  'during the annual audit',
  'for dedicated clusters',
  'on the backup site',
  'for privileged accounts',
  'after each major release',
  'for the disaster recovery site',
  'within the agreed maintenance window',
  'for hosted databases',
  'on management networks',
  'for archived data',
];

/** Deterministic PRNG (mulberry32): the same multiple always yields the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** "3.1.2" in copy 2 of a phase with 2 top-level sections → "3.5.2". Keeps parents before children. */
function renumber(number, copy, topLevelCount) {
  const [phase, top, ...rest] = number.split('.');
  return [phase, String(copy * topLevelCount + Number(top)), ...rest].join('.');
}

/** Random letters that satisfy the content rules: exactly one A, at least one R, no repeats. */
function randomRoles(rand, partyCount) {
  const letters = Array.from({ length: partyCount }, () => new Set());
  letters[Math.floor(rand() * partyCount)].add('A');
  letters[Math.floor(rand() * partyCount)].add('R');
  for (const set of letters) {
    if (rand() < 0.35) set.add('R');
    if (rand() < 0.3) set.add(pick(rand, ['C', 'I']));
  }
  return letters.map((set) => ['R', 'A', 'C', 'I'].filter((letter) => set.has(letter)).join(''));
}

/** A new wording for an activity, unique within its section (the reader rejects duplicates). */
function variedText(rand, original, used) {
  const rest = original.split(' ').slice(1).join(' ');
  for (let attempt = 0; attempt < 10; attempt++) {
    const text = `${pick(rand, VERBS)} ${rest} ${pick(rand, QUALIFIERS)}`;
    if (!used.has(text)) return text;
  }
  return `${original} (variant ${used.size + 1})`;
}

function tableLines(partyNames, rows) {
  return [
    `| **Activity** | ${partyNames.map((name) => `**${name}**`).join(' | ')} |`,
    `| --- | ${partyNames.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.text} | ${row.cells.join(' | ')} |`),
  ];
}

/**
 * Copy 0 is the real phase (as the core's reader reads it); copies 1…n-1 repeat its sections with
 * new numbers, titles, activity wordings and random valid letters.
 * @param {import('../src/core/schema.ts').Phase} phase
 * @param {number} multiple
 * @param {import('../src/core/schema.ts').Party[]} parties
 */
function generatePhase(phase, multiple, parties) {
  const rand = random(phase.number * 7919 + multiple);
  const topLevelCount = phase.sections.filter((section) => section.depth === 2).length;
  const lines = ['---', `phase: ${phase.number}`, `title: ${JSON.stringify(phase.title)}`, '---', ''];
  for (let copy = 0; copy < multiple; copy++) {
    for (const section of phase.sections) {
      const number = renumber(section.number, copy, topLevelCount);
      const title = copy === 0 ? section.title : `${section.title} (set ${copy + 1})`;
      lines.push(`${'#'.repeat(section.depth + 2)} ${number}. ${title}`, '');
      if (section.activities.length === 0) continue;
      const used = new Set();
      const rows = section.activities.map((activity) => {
        if (copy === 0) return { text: activity.text, cells: parties.map((party) => writtenLetters(activity, party)) };
        const text = variedText(rand, activity.text, used);
        used.add(text);
        return { text, cells: randomRoles(rand, parties.length) };
      });
      lines.push(
        ...tableLines(
          parties.map((party) => party.name),
          rows,
        ),
        '',
      );
    }
  }
  return `${lines.join('\n')}`;
}

/**
 * Generates `matrix.md` (copied: same parties and legend) and one file per phase holding
 * `multiple` times the source's sections and activities. The source is read by the core's reader.
 * @param {string} sourceDir  a content folder (matrix.md + phases/*.md)
 * @param {number} multiple  a positive integer
 * @returns {GeneratedFile[]}
 */
export function generateContent(sourceDir, multiple) {
  if (!Number.isInteger(multiple) || multiple < 1) throw new Error(`multiple must be a positive integer, got ${multiple}`);
  const files = readContentFiles(sourceDir);
  const { matrix, problems } = readMatrix(files.matrixFile, files.phaseFiles);
  if (!matrix) throw new ContentError(problems);
  return [
    { file: 'matrix.md', source: files.matrixFile.source },
    ...matrix.phases.map((phase) => ({
      file: `phases/${path.basename(phase.file)}`,
      source: generatePhase(phase, multiple, matrix.meta.parties),
    })),
  ];
}

/** Writes the generated content to `outDir`, replacing what was there. */
export function writeSyntheticContent(sourceDir, outDir, multiple) {
  rmSync(outDir, { recursive: true, force: true });
  for (const { file, source } of generateContent(sourceDir, multiple)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), source);
  }
}
