/**
 * The English interface strings: every word the site shows that is not the matrix's own content.
 * Each language has one such dictionary, of the same shape (`Dictionary`), so a missing string
 * fails the type check. Messages name their values in braces (`{count}`, see format.ts `fill`);
 * a message that depends on a count has a form per plural category (`plural`).
 */
import type { ChecklistWords } from './checklist.ts';

export const en = {
  changes: {
    /** What happened to an activity, as a badge: "renamed, moved". */
    kinds: { added: 'added', removed: 'removed', renamed: 'renamed', moved: 'moved', letters: 'letters changed' },
    /** The details of an activity's change; each reads alone, under the activity or after its name. */
    added: 'Added in {section}',
    removed: 'Removed from {section}',
    renamed: 'Renamed from “{before}”',
    moved: 'Moved from {from} to {to}',
    letters: '{party}: {before} → {after}',
    noRole: 'no role',
    /** One change as a line of text (the feed, the command line): "“Sign the contract” — OVHcloud: I → C". */
    activityLine: '“{activity}” — {details}',
    detailsSeparator: '; ',
    headingAdded: { phase: 'Phase “{heading}” added', section: 'Section “{heading}” added' },
    headingRemoved: { phase: 'Phase “{heading}” removed', section: 'Section “{heading}” removed' },
    headingRenamed: { phase: 'Phase “{before}” renamed “{after}”', section: 'Section “{before}” renamed “{after}”' },
    metadataLine: '{field}: “{before}” → “{after}”',
    metadata: {
      title: 'Title',
      description: 'Description',
      sourceUrl: 'Source address',
      parties: 'Parties',
      role: 'Legend: {name} ({letter})',
    },
    /** Lines about the content against its newest release (the build and `npm run release`). */
    lastUpdated: 'lastUpdated {before} → {after}',
    orderOnly: 'the order of phases, sections or activities',
    /** "1 added · 1 removed · 2 activities with new letters". */
    counts: {
      added: { one: '{count} added', other: '{count} added' },
      removed: { one: '{count} removed', other: '{count} removed' },
      renamed: { one: '{count} renamed', other: '{count} renamed' },
      moved: { one: '{count} moved', other: '{count} moved' },
      letters: { one: '{count} activity with new letters', other: '{count} activities with new letters' },
      sections: { one: '{count} phase or section changed', other: '{count} phases or sections changed' },
      metadata: { one: '{count} change to the title, legend or parties', other: '{count} changes to the title, legend or parties' },
      separator: ' · ',
      none: 'No change',
    },
    /** "+1 Responsible, −1 Accountable". */
    gained: '+{count} {role}',
    lost: '−{count} {role}',
    impactSeparator: ', ',
  },
  /** The checklist (src/components/checklist/): its script gets all but `page` (strings.ts `scriptStrings`). */
  checklist: {
    statuses: { todo: 'To do', 'in-progress': 'In progress', done: 'Done', 'not-applicable': 'Not applicable' },
    fields: {
      status: { column: 'Status', rule: 'must be one of "todo", "in-progress", "done", "not-applicable"' },
      owner: { column: 'Owner', rule: 'must be text' },
      due: { column: 'Due date', rule: 'must be a date written YYYY-MM-DD, or ""' },
      note: { column: 'Note', rule: 'must be text' },
      evidence: { column: 'Evidence', rule: 'must be a link starting with http:// or https://, or ""' },
    },
    columns: { phase: 'Phase', section: 'Section', activity: 'Activity' },
    separators: { list: ', ', details: ' · ', changes: '; ' },
    legend: 'Tracking of “{activity}”',
    noRole: 'no role',
    lettersNamed: '{letters} ({names})',
    letterChange: '{party} was {before}, now {after}',
    changes: '{changes}.',
    overall: '{done} of {of} items done ({notApplicable} not applicable): {todo} to do, {inProgress} in progress.',
    phaseProgress: '{done} of {of}',
    filterStatus: 'Showing {shown} of {listed} items.',
    orphanLetters: '{party} {letters}',
    /** `{date}` is the matrix's date written YYYY-MM-DD; `{day}` the same date in words. */
    orphanSaved: 'Saved against the matrix of {date} ({letters}).',
    fieldValue: '{field}: {value}',
    remove: 'Remove',
    removeLabel: 'Remove “{activity}”',
    sheetActivity: '{section}: {activity}',
    sheetName: '{party} checklist',
    workbookTitle: "{party}'s checklist: {title}",
    legendChecklist: 'Checklist',
    legendChecklistText: '{party}: the activities in which {party} is Responsible or Accountable, and those added',
    legendExported: 'Exported',
    fileName: '{party}-checklist-{matrixDate}-exported-{date}.{extension}',
    messages: {
      reviewed: 'Marked “{activity}” as reviewed.',
      removed: 'Removed “{activity}” from your checklist.',
      preparing: 'Preparing {file}…',
      exported: 'Exported {file}.',
      writerFailed: 'The {format} writer could not be loaded: check your connection and try again. Export JSON works offline.',
      readerFailed: `The file reader could not be loaded: check your connection and try again. Nothing was changed.`,
      same: '{file} holds the same checklist as this page: nothing to import.',
      importSummary:
        "{file}: {added} items added, {changed} changed, {removed} cleared (saved here but not in the file). Importing replaces your checklist with the file's.",
      importCancelled: 'Import cancelled: nothing was changed.',
      imported: 'Imported {count} items.',
    },
    preview: {
      kinds: { added: 'added', changed: 'changed', removed: 'cleared' },
      item: '{activity} {kind}',
      itemDetails: '{activity} {kind}: {details}',
      change: '{field}: {before} → {after}',
      empty: '(empty)',
      quoted: '"{value}"',
    },
    file: {
      notJson: `This file is not JSON, so it is not a checklist export. Nothing was changed.`,
      unreadable: `This file is not a checklist export this page can read: {problem}. Nothing was changed.`,
      noObject: 'it holds no object',
      format: 'its "format" is not "{format}"',
      version: 'it is written in version {found} of the format; this page reads version {version}',
      matrix: '"matrix" must give the matrix\'s title and sourceUrl',
      party: '"party" must give the party\'s id and name',
      items: '"items" must be a list',
      itemId: 'items[{index}] must have the "id" of an activity',
      itemProblem: 'items[{index}] ({id}) {problem}',
      duplicate: 'items[{index}]: "{id}" appears twice',
      otherMatrix: `This file is a checklist of another matrix ("{title}", {sourceUrl}), not of "{expected}". Nothing was changed.`,
      otherParty: `This file is {party}'s checklist, and this page is {expected}'s: import it on {party}'s checklist page. Nothing was changed.`,
      tooLarge: `This file is {size} MB, over the 1 MB a checklist export can be: it is not one. Nothing was changed.`,
      seenObject: '"seen" must be an object',
      seenActivity: '"seen.activity" must be text',
      seenMatrixDate: '"seen.matrixDate" must be a date written YYYY-MM-DD',
      seenLetters: '"seen.letters" must give each party its letters (R, A, C, I)',
      updatedObject: '"updated" must be an object',
      updatedKey: '"updated.{key}" is not a field',
      updatedTime: '"updated.{key}" must be a time in milliseconds',
    },
    page: {
      fields: {
        status: { label: 'Status' },
        owner: { label: 'Owner' },
        due: { label: 'Due date' },
        note: { label: 'Note' },
        evidence: {
          label: 'Evidence link',
          invalid: 'Enter a link that starts with http:// or https://. It is not saved until then.',
          placeholder: 'https://…',
        },
      },
      title: "{party}'s checklist",
      description:
        'The {count} activities in which {party} is Responsible or Accountable, as a checklist to track with status, owner, due date, note and evidence.',
      intro:
        '{count} activities in which {party} is Responsible or Accountable (R or A). Give each a status, an owner, a due date, a note and a link to its evidence, and hand the result to management or to your auditor.',
      noScript:
        "Tracking needs JavaScript, which is off in this browser: this page lists the activities, with their letters and links to the matrix. To track them in a spreadsheet instead, download {party}'s activities (every activity in which {party} holds a role): {xlsx} · {csv}.",
      xlsx: 'XLSX',
      csv: 'CSV',
      storageNote:
        'Your checklist is kept in this browser only (its local storage), for this matrix and party; nothing is sent anywhere. Export it as JSON to keep a copy, move it to another browser or share it.',
      storageProblem:
        'This browser does not let the page save your checklist (private browsing, storage turned off, or full). You can use it now, but your changes last only while this page is open: export them as JSON to keep them.',
      exportReminder: 'You have changes that are not in a JSON export yet. Export JSON to keep a copy outside this browser.',
      exportJson: 'Export JSON',
      exportCsv: 'Export CSV',
      exportXlsx: 'Export XLSX',
      print: 'Print evidence sheet',
      importLabel: 'Import a JSON export',
      previewHeading: 'Replace your checklist with this file?',
      replace: 'Replace my checklist',
      cancel: 'Cancel',
      includeOthers: 'Also list the {count} activities in which {party} is only Consulted or Informed (C or I)',
      progress: 'Progress',
      summaryCaption: 'Items per phase and status',
      phaseDone: 'Done in {phase}',
      show: 'Show',
      allItems: 'All items',
      changedFilter: 'Changed since you reviewed them',
      orphansHeading: 'No longer in the matrix',
      orphansIntro:
        'You saved these items, but this version of the matrix no longer lists them for {party}. Your work on them is kept here, and in JSON exports, until you remove it.',
      sheetHeading: "Evidence sheet: {party}'s checklist",
      sheetIntro: '{title}. Matrix last updated {date}. Printed {printed}.',
      changedHeading: 'Changed since you reviewed it:',
      markReviewed: 'Mark as reviewed',
    },
  } satisfies ChecklistWords as ChecklistWords,
  /** Search: the header's dialog, the search page, the results the script draws and the index's records. */
  search: {
    /** The header's link and button. */
    trigger: 'Search',
    dialog: {
      title: 'Search the matrix',
      close: 'Close',
      /** The key that closes the dialog, as keyboards label it. */
      escape: 'Esc',
      label: 'Search activities',
      pageLink: 'Search page with phase and role filters',
    },
    /** The field of the dialog and of the page; `help` names its keys as elements. */
    box: {
      placeholder: 'e.g. hypervisor, backup jobs',
      help: '{up} {down} move through results, {enter} opens one.',
      enter: 'Enter',
    },
    page: {
      title: 'Search',
      description: 'Search the {title} activities by words, phase and role.',
      heading: 'Search the matrix',
      /** `{matrix}` is a link (`matrixLink`) and `{parties}` the parties' links, separated by `partySeparator`. */
      noScript:
        "Search needs JavaScript, which is turned off or did not load. Every activity is on the {matrix} (your browser's “Find in page” works there), and in the views by party: {parties}.",
      matrixLink: 'full matrix',
      partySeparator: ', ',
      label: 'Words to look for',
      filters: 'Filters',
      phase: 'Phase',
      allPhases: 'All phases',
      partyRole: '{party} role',
      anyRole: 'Any',
      roleChoice: '{party}: {role}',
      submit: 'Search',
    },
    /** What the script writes (it gets these in the search box's `data-words`): `{for}` is `for` filled, or nothing. */
    results: {
      /** The label of a result that is a page (a guide, a party's page), not an activity. */
      page: 'Page',
      noRole: 'no role',
      none: 'No result{for}.',
      count: { one: '{count} result{for}.', other: '{count} results{for}.' },
      for: ' for “{query}”',
      unavailable: 'Search is unavailable: its index could not be loaded. The full matrix lists every activity.',
    },
    /** The index's activity records: their text, and the filter value of a party without a role. */
    records: {
      partyRoles: '{party}: {roles}.',
      noRole: 'no role',
      noRoleFilter: 'No role',
    },
  },
  /** The downloads of the matrix and of a party's share (CSV, XLSX), and the sheets every XLSX shares. */
  exports: {
    /** The CSV's columns before the parties' letters. */
    csv: { phaseNumber: 'Phase number', phase: 'Phase', sectionNumber: 'Section number', section: 'Section', activity: 'Activity' },
    /** The XLSX's table: the whole matrix's sheet name (a party's is the party's name) and its columns before the letters. */
    matrixSheet: 'Matrix',
    columns: { phase: 'Phase', section: 'Section', activity: 'Activity' },
    /** The legend sheet's line in a party's workbook. */
    partyRows: { label: 'Rows', text: 'The activities in which {party} holds a role' },
    /** Shared by every XLSX, the checklist's too: the link column and the legend sheet. */
    sheet: {
      link: 'Link',
      legend: 'Legend',
      columns: { letter: 'Letter', role: 'Role', definition: 'Definition' },
      empty: '(empty)',
      noRole: 'No role',
      noRoleDefinition: 'The party has no role in the activity (an empty cell in the source).',
      matrix: 'Matrix',
      source: 'Source',
      lastUpdated: 'Last updated',
    },
  },
};

export type Dictionary = typeof en;
