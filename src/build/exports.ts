import { listActivities, writtenLetters } from '../core/query';
import { type ReleaseActivity, type ReleaseContent, type ReleasePhase, type ReleaseSection, snapshotOf } from '../core/release';
import { phasesForParty } from '../core/roles';
import type { MatrixMeta, Party, Phase } from '../core/schema';
import { fill } from '../i18n/format';
import type { Dictionary } from '../i18n/index';
import { sheetCsv } from '../shared/csv';
import { numberedTitle } from '../shared/labels';
import { routes } from '../shared/routes';
import { legendSheet, lettersColumn, linkColumn, type Sheet } from '../shared/sheets';

/** The words of the CSV and XLSX exports, in the edition's language: `exports` of its dictionary. */
export type ExportWords = Dictionary['exports'];

/** Version of the JSON export's shape; bump it on any breaking change. */
export const EXPORT_SCHEMA_VERSION = 1;

/** An activity as exported: as released, plus the absolute URL of its row on the full matrix. */
export type ExportActivity = ReleaseActivity & { url: string };
export type ExportSection = Omit<ReleaseSection, 'activities'> & { activities: ExportActivity[] };
export type ExportPhase = Omit<ReleasePhase, 'sections'> & { url: string; sections: ExportSection[] };

/**
 * The whole matrix as JSON: everything needed to rebuild the tables, with stable ids. It is a
 * release's content (src/core/release.ts) with the URLs of the phases and rows added.
 */
export type MatrixExport = Omit<ReleaseContent, 'schemaVersion' | 'phases'> & {
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  phases: ExportPhase[];
};

/** Builds absolute URLs of pages and anchors, from the configured site and base. */
export type UrlFor = (path: string) => string;

/** The phases an export lists: all of them, or those in which `party` holds a role, with their enclosing sections. */
const exportedPhases = (phases: readonly Phase[], party?: Party) => (party ? phasesForParty(phases, party) : [...phases]);

export function matrixExport(meta: MatrixMeta, phases: readonly Phase[], urlFor: UrlFor, party?: Party): MatrixExport {
  const exported = exportedPhases(phases, party);
  const { schemaVersion: _releaseVersion, phases: released, ...content } = snapshotOf({ meta, phases: exported });
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    ...content,
    phases: released.map((phase, index) => ({
      ...phase,
      url: urlFor(routes.phase(exported[index]?.slug ?? '')),
      sections: phase.sections.map((section) => ({
        ...section,
        activities: section.activities.map((activity) => ({ ...activity, url: urlFor(`${routes.matrix()}#${activity.id}`) })),
      })),
    })),
  };
}

/** The activities an export lists, with their phase and section. */
const exportedActivities = (phases: readonly Phase[], party?: Party) => listActivities(exportedPhases(phases, party));

/**
 * CSV of the matrix: one row per activity, one column per party holding its letters as written,
 * headed in `words`' language. UTF-8 with a byte-order mark so that spreadsheet software reads
 * accents correctly.
 */
export function matrixCsv(parties: readonly Party[], phases: readonly Phase[], words: ExportWords, party?: Party): string {
  const { csv } = words;
  const header = [csv.phaseNumber, csv.phase, csv.sectionNumber, csv.section, csv.activity, ...parties.map((p) => p.name)];
  const rows = exportedActivities(phases, party).map(({ phase, section, activity }) => [
    String(phase.number),
    phase.title,
    section.number,
    section.title,
    activity.text,
    ...parties.map((p) => writtenLetters(activity, p)),
  ]);
  return sheetCsv(header, rows);
}

/**
 * The XLSX export of the matrix (or of the activities in which `party` holds a role): one row per
 * activity with its phase, section, letters per party and a link to its row; then the legend. Its
 * sheet names, headers and legend are in `words`' language.
 */
export function matrixSheets(meta: MatrixMeta, phases: readonly Phase[], urlFor: UrlFor, words: ExportWords, party?: Party): Sheet[] {
  const { columns } = words;
  const matrix: Sheet = {
    name: party ? party.name : words.matrixSheet,
    table: true,
    columns: [
      { header: columns.phase, width: 24 },
      { header: columns.section, width: 32 },
      { header: columns.activity, width: 70, wrap: true },
      ...meta.parties.map(lettersColumn),
      linkColumn(words.sheet),
    ],
    rows: exportedActivities(phases, party).map(({ phase, section, activity }) => {
      const url = urlFor(`${routes.matrix()}#${activity.id}`);
      return [
        numberedTitle(phase.number, phase.title),
        numberedTitle(section.number, section.title),
        activity.text,
        ...meta.parties.map((p) => writtenLetters(activity, p)),
        { text: url, url },
      ];
    }),
  };
  const scope: [string, string][] = party ? [[words.partyRows.label, fill(words.partyRows.text, { party: party.name })]] : [];
  return [matrix, legendSheet(meta, words.sheet, scope)];
}
