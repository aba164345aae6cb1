/**
 * Published ids never break: every phase, section and activity id that a release published is a
 * link someone may have sent, so it must still lead somewhere, live or through an alias of
 * `aliases.yaml`. Checked with the content, so an author running `raci-check` is told before a
 * reader follows a dead link.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { type Aliases, resolveAnchorAlias } from './alias-chains.ts';
import { type ContentProblem, closestIds, lineAndColumn } from './problems.ts';
import type { SourceFile } from './read-matrix.ts';
import { type Release, releaseFileName } from './release.ts';

/** An id as a release file writes it, with the JSON path of its `id` key. */
interface PublishedId {
  id: string;
  path: (string | number)[];
}

function publishedIds(release: Release): PublishedId[] {
  return release.phases.flatMap((phase, p) => [
    { id: phase.id, path: ['phases', p, 'id'] },
    ...phase.sections.flatMap((section, s) => [
      { id: section.id, path: ['phases', p, 'sections', s, 'id'] },
      ...section.activities.map((activity, a) => ({ id: activity.id, path: ['phases', p, 'sections', s, 'activities', a, 'id'] })),
    ]),
  ]);
}

/**
 * One problem per published id that resolves neither live nor through an alias, located where the
 * oldest release that published it writes it. `releases` are oldest first, each with its file.
 */
export function brokenPublishedIds(
  releases: readonly { release: Release; file: SourceFile }[],
  live: ReadonlySet<string>,
  aliases: Aliases,
  aliasesFile: string,
): ContentProblem[] {
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const { release, file } of releases) {
    const tree = parseTree(file.source);
    for (const { id, path } of publishedIds(release)) {
      if (reported.has(id) || live.has(id) || resolveAnchorAlias(aliases, id, (candidate) => live.has(candidate))) continue;
      reported.add(id);
      const node = tree ? findNodeAtLocation(tree, path) : undefined;
      problems.push({
        file: file.file,
        ...lineAndColumn(file.source, node?.offset ?? 0),
        rule: 'published-id-missing',
        message:
          `"${id}" was published in the release of ${release.lastUpdated} (${releaseFileName(release.lastUpdated)}) and no longer ` +
          `leads anywhere, so links to it would break. Add \`${id}: <its id now>\` under anchors: in ${aliasesFile}; ` +
          `if it was removed, map it to its section's id.${closestIds(id, live)}`,
        value: id,
      });
    }
  }
  return problems;
}
