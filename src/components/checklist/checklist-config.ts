import type { Party, RoleDefinition } from '../../core/schema';

/** What the checklist page hands its script (as JSON in `data-config`). */
export interface ChecklistConfig {
  title: string;
  /** The matrix's identity: storage keys and exported files name it. */
  sourceUrl: string;
  /** The matrix's date, YYYY-MM-DD. */
  lastUpdated: string;
  party: Party;
  parties: Party[];
  roles: RoleDefinition[];
  /** Old → new activity ids. */
  aliases: Record<string, string>;
  /** Absolute URL of the full matrix, for the rows' links in exports. */
  matrixUrl: string;
}
