/**
 * Releases: immutable snapshots of the matrix, one JSON file per version in the content folder's
 * `releases/`, named by the matrix's `lastUpdated` date. A release holds the content only (the JSON
 * export's fields without deployment URLs), so builds under any SITE_URL or BASE_PATH compare the
 * same, and a checksum of that content, so a hand edit is detected.
 *
 * The checksum is SHA-256 over the RFC 8785 canonical JSON of the release without its checksum
 * (`canonicalize`, `@noble/hashes`): pure JavaScript, so the core runs the same in the build, a
 * command line and a browser, and anyone can verify a downloaded release with standard tools.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { z } from 'zod';
import { type ContentProblem, lineAndColumn, ProblemCollector, schemaIssues } from './problems.ts';
import type { SourceFile } from './read-matrix.ts';
import { isoDate, type Matrix, roleDefinitionSchema, roleLetterSchema } from './schema.ts';

/** Version of the release file's shape; bump it on any breaking change. */
export const RELEASE_SCHEMA_VERSION = 1;

const releaseActivitySchema = z.strictObject({
  /** Anchor id on the site at the time of the release. */
  id: z.string().min(1),
  text: z.string().min(1),
  /** Letters per party id, in the order written; [] is "no role". */
  roles: z.record(z.string(), z.array(roleLetterSchema)),
});
export type ReleaseActivity = z.infer<typeof releaseActivitySchema>;

const releaseSectionSchema = z.strictObject({
  id: z.string().min(1),
  /** Dotted number, e.g. "3.1.2". */
  number: z.string().min(1),
  title: z.string().min(1),
  /** Number of the enclosing section, or null. */
  parent: z.string().nullable(),
  activities: z.array(releaseActivitySchema),
});
export type ReleaseSection = z.infer<typeof releaseSectionSchema>;

const releasePhaseSchema = z.strictObject({
  id: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string().min(1),
  sections: z.array(releaseSectionSchema),
});
export type ReleasePhase = z.infer<typeof releasePhaseSchema>;

/** What a release records: the matrix as the JSON export gives it, without URLs. */
export const releaseContentSchema = z.strictObject({
  schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
  title: z.string().min(1),
  description: z.string().min(1),
  sourceUrl: z.url(),
  /** The version's date: also the release's file name. */
  lastUpdated: isoDate,
  parties: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1) })).min(1),
  roles: z.array(roleDefinitionSchema),
  phases: z.array(releasePhaseSchema),
});
export type ReleaseContent = z.infer<typeof releaseContentSchema>;

const CHECKSUM = /^sha256:[0-9a-f]{64}$/;

/** A release file: its content and `checksum`, `sha256:` + the hex digest of the canonical content. */
export const releaseSchema = releaseContentSchema.extend({
  checksum: z.string().regex(CHECKSUM, 'must be "sha256:" followed by 64 lower-case hex digits'),
});
export type Release = z.infer<typeof releaseSchema>;

/** The release's content: the matrix without anything that depends on where the site is deployed. */
export function snapshotOf({ meta, phases }: Matrix): ReleaseContent {
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    title: meta.title,
    description: meta.description,
    sourceUrl: meta.sourceUrl,
    lastUpdated: meta.lastUpdated,
    parties: meta.parties.map(({ id, name }) => ({ id, name })),
    roles: meta.roles.map(({ letter, name, definition }) => ({ letter, name, definition })),
    phases: phases.map((phase) => ({
      id: phase.id,
      number: phase.number,
      title: phase.title,
      sections: phase.sections.map((section) => ({
        id: section.id,
        number: section.number,
        title: section.title,
        parent: section.parent,
        activities: section.activities.map((activity) => ({ id: activity.id, text: activity.text, roles: activity.roles })),
      })),
    })),
  };
}

/** `sha256:<hex>` of the content's canonical JSON (RFC 8785): key order and spacing do not matter. */
export function checksumOf(content: ReleaseContent): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalize(content) ?? '')))}`;
}

/** The release of a matrix, ready to be written. */
export function releaseOf(matrix: Matrix): Release {
  const content = snapshotOf(matrix);
  return { ...content, checksum: checksumOf(content) };
}

/** The release without its checksum. */
export function contentOf({ checksum: _checksum, ...content }: Release): ReleaseContent {
  return content;
}

/** The text of a release file: the release as indented JSON, checksum last. */
export function serializeRelease(release: Release): string {
  return `${JSON.stringify(release, null, 2)}\n`;
}

/** `releases/2026-06-11.json`: a release file is named by its date. */
export function releaseFileName(date: string): string {
  return `${date}.json`;
}

/** `$.phases[1].sections[0].activities[2].roles.ovhcloud[0]`: where a value is, in JSONPath notation. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
}

/** The deepest node of the tree along `path`: where a missing key would have been. */
function closestNode(tree: Node, path: readonly (string | number)[]): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    // A key's node is its value; report the line of the property (key and value).
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return tree;
}

const RESTORE = 'A release never changes: restore the file from version control (git checkout -- <file>).';

/**
 * Reads one release file: strict JSON, the release's shape, a name that is its date, and a checksum
 * that matches its content. Each problem names the file, the line and the JSON path.
 */
export function readRelease(file: SourceFile): { release: Release | undefined; problems: ContentProblem[] } {
  const problems = new ProblemCollector(file.file);
  const errors: ParseError[] = [];
  const tree = parseTree(file.source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  let value: unknown;
  try {
    value = JSON.parse(file.source);
  } catch (error) {
    // JSON.parse is the judge of strict JSON; the tolerant parser only says where.
    const first = errors[0];
    const at = lineAndColumn(file.source, first?.offset ?? 0);
    const reason = first ? printParseErrorCode(first.error) : error instanceof Error ? error.message : String(error);
    problems.add(
      'release-json',
      `Not valid JSON (${reason}). ${RESTORE}`,
      file.source.slice(first?.offset ?? 0).slice(0, 20),
      at.line,
      at.column,
    );
    return { release: undefined, problems: problems.problems };
  }
  const located = (path: readonly (string | number)[]) => {
    const node = tree ? closestNode(tree, path) : undefined;
    return {
      ...lineAndColumn(file.source, node?.offset ?? 0),
      text: node ? file.source.slice(node.offset, node.offset + node.length) : '',
    };
  };

  const result = releaseSchema.safeParse(value);
  if (!result.success) {
    for (const { path, message } of schemaIssues(result.error)) {
      const at = located(path);
      problems.add('release-invalid', `At ${jsonPath(path)}: ${message}. ${RESTORE}`, at.text.slice(0, 80), at.line, at.column);
    }
    return { release: undefined, problems: problems.problems };
  }
  const release = result.data;
  const expected = checksumOf(contentOf(release));
  if (release.checksum !== expected) {
    const at = located(['checksum']);
    problems.add(
      'release-checksum',
      `At ${jsonPath(['checksum'])}: the content does not match the checksum, so the file was edited after \`npm run release\` wrote it. ${RESTORE}`,
      release.checksum,
      at.line,
      at.column,
    );
  }
  const name = file.file.split('/').at(-1);
  if (name !== releaseFileName(release.lastUpdated)) {
    const at = located(['lastUpdated']);
    problems.add(
      'release-name',
      `At ${jsonPath(['lastUpdated'])}: a release is named by its date; this one must be ${releaseFileName(release.lastUpdated)}. ${RESTORE}`,
      release.lastUpdated,
      at.line,
      at.column,
    );
  }
  return { release: problems.problems.length > 0 ? undefined : release, problems: problems.problems };
}

/** Reads every release file; the releases come back oldest first. */
export function readReleases(files: readonly SourceFile[]): { releases: Release[]; problems: ContentProblem[] } {
  const releases: Release[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    const read = readRelease(file);
    problems.push(...read.problems);
    if (read.release) releases.push(read.release);
  }
  releases.sort((a, b) => a.lastUpdated.localeCompare(b.lastUpdated));
  return { releases, problems };
}
