import type { ChecklistActivity, ItemRecord } from '../../src/components/checklist/record';

/** The matrix date of the checklist fixtures. */
export const DATE = '2026-06-11';

export const activity = (id: string, letters: Record<string, string>, phase = 1, tracked = true): ChecklistActivity => ({
  id,
  text: `Text of ${id}`,
  letters,
  phase,
  tracked,
});
export const sign = activity('activity-1-1-sign', { customer: 'RA', ovhcloud: 'I' });
export const review = activity('activity-1-1-review', { customer: 'RA', ovhcloud: 'C' });
export const restore = activity('activity-2-2-restore', { customer: 'I', ovhcloud: 'RA' }, 2, false);

/** A record written by hand: the shape README documents. */
export function record(fields: Partial<ItemRecord> = {}): ItemRecord {
  return {
    status: 'todo',
    owner: '',
    due: '',
    note: '',
    evidence: '',
    seen: { activity: 'Text of activity-1-1-sign', matrixDate: DATE, letters: { customer: 'RA', ovhcloud: 'I' } },
    updated: {},
    ...fields,
  };
}
