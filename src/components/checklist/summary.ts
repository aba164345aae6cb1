/** What the page counts: the listed items, per status overall and per phase, and the last change. Pure. */
import type { Status } from './fields';
import type { ChecklistActivity, ItemRecord, Records } from './record';

/** An item is listed when the party is R or A, when the reader asked for the others, or once it has saved state. */
export function isListed(activity: ChecklistActivity, record: ItemRecord | undefined, includeOthers: boolean): boolean {
  return activity.tracked || includeOthers || record !== undefined;
}

export type StatusCounts = Record<Status, number> & { total: number };

const noCounts = (): StatusCounts => ({ todo: 0, 'in-progress': 0, done: 0, 'not-applicable': 0, total: 0 });

export interface Summary {
  overall: StatusCounts;
  /** Counts per phase number. */
  phases: Map<number, StatusCounts>;
}

/** Counts of the listed items per status, overall and per phase (an item without a record is "To do"). */
export function summarize(listed: readonly ChecklistActivity[], records: Records): Summary {
  const summary: Summary = { overall: noCounts(), phases: new Map() };
  for (const activity of listed) {
    const status = records.get(activity.id)?.status ?? 'todo';
    const phase = summary.phases.get(activity.phase) ?? noCounts();
    summary.phases.set(activity.phase, phase);
    for (const counts of [summary.overall, phase]) {
      counts[status] += 1;
      counts.total += 1;
    }
  }
  return summary;
}

export interface Progress {
  done: number;
  of: number;
}

/** Progress: items done out of those that apply ("Not applicable" ones do not count). */
export function progress(counts: StatusCounts): Progress {
  return { done: counts.done, of: counts.total - counts['not-applicable'] };
}

/** The latest write of any record: the reader has unexported changes when it is after the last export. */
export function lastChange(records: Records): number {
  let latest = 0;
  for (const record of records.values()) for (const time of Object.values(record.updated)) latest = Math.max(latest, time ?? 0);
  return latest;
}
