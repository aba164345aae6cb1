/**
 * Saved records after the content changed: a renamed or moved activity carries its record to its
 * new id; one that left the party's share of the matrix is kept, as an orphan. Pure.
 */
import { resolveAnchorAlias } from '../../core/alias-chains';
import { type ItemRecord, mergeRecords, type Records } from './record';

export interface Reconciled {
  /** Every record, under the activity's current id when it has one. */
  records: Map<string, ItemRecord>;
  /** Records moved from an old id to the current one (an alias in content/aliases.yaml). */
  moved: { from: string; to: string }[];
}

/**
 * Brings saved records in line with the current matrix: a record under an old id (renamed or
 * moved activity) joins the current one, merged field by field if both exist. A record whose
 * activity has left the party's share of the matrix stays as it is (see `orphanIds`).
 */
export function reconcile(records: Records, known: ReadonlySet<string>, anchorAliases: Record<string, string>): Reconciled {
  const result: Reconciled = { records: new Map(), moved: [] };
  const current = [...records].filter(([id]) => known.has(id));
  const others = [...records].filter(([id]) => !known.has(id));
  for (const [id, record] of current) result.records.set(id, record);
  for (const [id, record] of others) {
    const to = resolveAnchorAlias({ anchors: anchorAliases }, id, (candidate) => known.has(candidate));
    if (to === undefined) {
      result.records.set(id, record);
      continue;
    }
    const existing = result.records.get(to);
    result.records.set(to, existing ? mergeRecords(existing, record) : record);
    result.moved.push({ from: id, to });
  }
  return result;
}

/** Saved items that are "No longer in the matrix": their activity is not among the party's any more. */
export function orphanIds(records: Records, known: ReadonlySet<string>): string[] {
  return [...records.keys()].filter((id) => !known.has(id));
}

/** Every record, those of the page's items first in page order, then those no longer in the matrix. */
export function pageOrder(records: Records, pageIds: readonly string[]): Map<string, ItemRecord> {
  const ids = [...pageIds, ...orphanIds(records, new Set(pageIds))];
  return new Map(ids.flatMap((id) => (records.has(id) ? [[id, records.get(id) as ItemRecord] as const] : [])));
}
