// Generates synthetic matrix content N times the size of the real one, in the same shape, so the
// benchmark can build the very same pipeline at 10x and 100x (RACI_CONTENT_DIR). Used by
// scripts/bench.mjs and tested in tests/unit/synthetic-content.test.ts against the real reader.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * @typedef {{ text: string, cells: string[] }} Row
 * @typedef {{ hashes: string, number: string, title: string, rows: Row[] }} SourceSection
 * @typedef {{ name: string, frontmatter: string, phase: number, sections: SourceSection[] }} SourcePhase
 * @typedef {{ file: string, source: string }} GeneratedFile  `file` is relative to the content folder.
 */

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const SECTION = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/;
const TABLE_DELIMITER = /^\|\s*:?-+/;

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
const cellsOf = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
const unbold = (text) => text.replace(/\*\*/g, '').trim();

/**
 * Reads a phase file into sections and rows. Deliberately simple (headings and pipe tables only):
 * the real reader validates the generated output, which is what the unit test checks.
 * @returns {SourcePhase}
 */
export function parsePhaseSource(name, source) {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${name}: no front matter`);
  const phase = Number(parseYaml(match[1]).phase);
  const sections = [];
  let inTable = false;
  for (const line of source.slice(match[0].length).split('\n')) {
    const heading = HEADING.exec(line);
    if (heading) {
      const section = SECTION.exec(unbold(heading[2]));
      if (!section) throw new Error(`${name}: unnumbered heading "${line}"`);
      sections.push({ hashes: heading[1], number: section[1], title: section[2].trim(), rows: [] });
      inTable = false;
    } else if (line.startsWith('|')) {
      // The first row is the header and the second the delimiter: both are regenerated.
      if (inTable && !TABLE_DELIMITER.test(line)) {
        const [text, ...cells] = cellsOf(line);
        sections.at(-1)?.rows.push({ text, cells });
      }
      inTable = true;
    } else {
      inTable = false;
    }
  }
  return { name, frontmatter: match[0], phase, sections };
}

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
 * Copy 0 is the real phase verbatim; copies 1…n-1 repeat its sections with new numbers, titles,
 * activity wordings and random valid letters.
 */
function generatePhase(sourcePhase, multiple, partyNames) {
  const rand = random(sourcePhase.phase * 7919 + multiple);
  const topLevelCount = sourcePhase.sections.filter((section) => section.number.split('.').length === 2).length;
  const lines = [];
  for (let copy = 0; copy < multiple; copy++) {
    for (const section of sourcePhase.sections) {
      const number = renumber(section.number, copy, topLevelCount);
      const title = copy === 0 ? section.title : `${section.title} (set ${copy + 1})`;
      lines.push(`${section.hashes} ${number}. ${title}`, '');
      if (section.rows.length === 0) continue;
      const used = new Set();
      const rows = section.rows.map((row) => {
        if (copy === 0) return row;
        const text = variedText(rand, row.text, used);
        used.add(text);
        return { text, cells: randomRoles(rand, partyNames.length) };
      });
      lines.push(...tableLines(partyNames, rows), '');
    }
  }
  return `${sourcePhase.frontmatter}\n${lines.join('\n')}`;
}

/**
 * Generates `matrix.md` (copied: same parties and legend) and one file per phase holding
 * `multiple` times the source's sections and activities.
 * @param {string} sourceDir  a content folder (matrix.md + phases/*.md)
 * @param {number} multiple  a positive integer
 * @returns {GeneratedFile[]}
 */
export function generateContent(sourceDir, multiple) {
  if (!Number.isInteger(multiple) || multiple < 1) throw new Error(`multiple must be a positive integer, got ${multiple}`);
  const matrix = readFileSync(path.join(sourceDir, 'matrix.md'), 'utf8');
  const meta = FRONTMATTER.exec(matrix);
  if (!meta) throw new Error(`${sourceDir}/matrix.md: no front matter`);
  const partyNames = parseYaml(meta[1]).parties.map((party) => party.name);
  const phaseNames = readdirSync(path.join(sourceDir, 'phases'))
    .filter((name) => name.endsWith('.md'))
    .sort();
  return [
    { file: 'matrix.md', source: matrix },
    ...phaseNames.map((name) => {
      const sourcePhase = parsePhaseSource(name, readFileSync(path.join(sourceDir, 'phases', name), 'utf8'));
      return { file: `phases/${name}`, source: generatePhase(sourcePhase, multiple, partyNames) };
    }),
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
