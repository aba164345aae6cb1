import type { Party, RoleDefinition } from '../../core/schema';
import type { PageScriptStrings } from './strings';

/** What the checklist page hands its script (as a JSON block, `<script type="application/json" data-checklist-config>`). */
export interface ChecklistConfig {
  title: string;
  /** The source of this page's edition of the matrix: exported files name it. */
  sourceUrl: string;
  /**
   * The matrix's identity in storage keys: the primary edition's source, whatever the page's
   * edition, so that every edition reads and writes one checklist per party.
   */
  storageIdentity: string;
  /** The sources of every edition of the matrix: an imported file from any of them is this matrix's. */
  editions: string[];
  /** The matrix's date, YYYY-MM-DD. */
  lastUpdated: string;
  /** The page's language (BCP 47): dates and counts are written in it. */
  lang: string;
  /** Its digits, 0 to 9 (strings.ts `languageDigits`): counts are written without loading locale data. */
  digits: string;
  /** The words the script writes on the page as it runs. */
  strings: PageScriptStrings;
  /** Where the other words are, those of an import and of the spreadsheets (`routes.checklistWords`). */
  laterWordsUrl: string;
  party: Party;
  parties: Party[];
  roles: RoleDefinition[];
  /** Old → new activity ids. */
  aliases: Record<string, string>;
  /** Absolute URL of the full matrix, for the rows' links in exports. */
  matrixUrl: string;
}
