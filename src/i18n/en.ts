/**
 * The English interface strings: every word the site shows that is not the matrix's own content.
 * Each language has one such dictionary, of the same shape (`Dictionary`), so a missing string
 * fails the type check. Messages name their values in braces (`{count}`, see format.ts `fill`);
 * a message that depends on a count has a form per plural category (`plural`).
 */
/** How a list of names is joined: "A, B and C" (`conjunction`) or "A, B or C" (`disjunction`), by Intl.ListFormat. */
type ListType = 'conjunction' | 'disjunction';

import type { ChecklistWords } from './checklist.ts';

export const en = {
  /** The language's own name: the other editions' language switch shows it, in this language. */
  language: {
    name: 'English',
    /**
     * The locale whose punctuation lists follow (Intl.ListFormat): British English, without a comma
     * before the last "and" or "or", as every sentence of the site is written.
     */
    lists: 'en-GB',
  },
  /** Every page's frame (layouts/BaseLayout.astro). */
  site: {
    /** The <title>: the page's title, then the site's (the matrix's short title). */
    pageTitle: '{page} · {site}',
    skipLink: 'Skip to content',
    /** The Atom feed's title, also the name of its <link> in every page's head. */
    feedTitle: '{site}: changes',
    footerChanges: 'Changes and earlier versions',
    footerFeed: 'Atom feed',
    verbatim: 'This site republishes the source matrix verbatim. In case of doubt, the OVHcloud document prevails.',
    /** {link}: the source's title, linked; {date}: the content's lastUpdated. */
    source: 'Source: {link} (OVHcloud documentation). Last updated {date}.',
    /** `npm run dev` only: the content differs from its newest release. {field}, {file}, {command} are code. */
    unreleasedTitle: 'Unreleased changes',
    unreleased:
      "The content differs from its newest release ({date}): {differences}. The build refuses it until you change {field} in the content's {file}, then run {command}.",
    unreleasedSeparator: '; ',
  },
  /** The header's navigation. */
  nav: { label: 'Main', matrix: 'Full matrix', checklist: '{party} checklist', guides: 'Guides' },
  theme: { label: 'Theme', auto: 'Auto', light: 'Light', dark: 'Dark' },
  /** The table of contents: a disclosure on phones, a sidebar on wide screens. */
  contents: { summary: 'Contents', label: 'On this page' },
  /** Counts as words, for any page. */
  counts: {
    activities: { one: '{count} activity', other: '{count} activities' },
    phases: { one: '{count} phase', other: '{count} phases' },
    sections: { one: '{count} section', other: '{count} sections' },
    releases: { one: '{count} release', other: '{count} releases' },
    separator: ' · ',
  },
  /** Letters in a cell, and the lack of them. */
  roles: {
    /** A cell without letters, as shown. */
    none: 'no role',
    /** A cell without letters, as spoken and in the role filter. */
    noneLabel: 'No role',
    /** A role with its letter: "Responsible (R)". */
    withLetter: '{role} ({letter})',
  },
  legend: {
    heading: 'Roles',
    /** A letter's definition, from the content's legend. */
    definition: '{letter}: {definition}',
    noneDefinition: 'The party has no role in the activity (an empty cell in the source).',
  },
  /** The matrix's tables and headings. */
  table: {
    /** The name of the link to a party's checklist, beside its name in each table's header. */
    checklist: 'checklist',
    share: 'Share',
    /** The "#" link of a heading, by what it heads. */
    anchor: { phase: 'Link to this phase', section: 'Link to this section' },
  },
  /** A row whose letters the English and French editions give differently (the translation's differences.yaml). */
  editions: {
    differ: 'The English and French editions differ here:',
    /** {letters}: one `letters` per party that differs, joined by `separator`. */
    details: '{letters}.',
    letters: 'for {party}, “{here}” here and “{there}” in the other edition',
    separator: '; ',
    noRole: 'no role',
    /** The link to the same row in this language's edition, read from the other one. */
    sameRow: 'The same row in English',
  },
  /** The full matrix (the home page). */
  matrixPage: {
    objective: 'Objective',
    phases: 'Phases',
    /** Under a phase's card, which links to its page. */
    phaseCard: { one: '{count} activity on its own page', other: '{count} activities on their own page' },
  },
  breadcrumb: { label: 'Breadcrumb', matrix: 'Full matrix', phase: 'Phase {number}', phaseTitle: 'Phase {title}' },
  phasePager: { label: 'Phases', previous: 'Previous phase', next: 'Next phase' },
  sectionPage: {
    /** {matrix} and {phase} are links, named by `inMatrix` and `onPhase`. */
    seeAlso: 'See this section {matrix} or {phase}.',
    inMatrix: 'in the full matrix',
    onPhase: 'on the page of phase {number}',
  },
  /** A party's page, and its pages per role. */
  partyPage: {
    heading: "{party}'s roles",
    roleHeading: 'What {party} is {role} for',
    description: {
      one: "The {count} activity of the {site} matrix in which {party} holds a role, with the other parties' roles for context.",
      other: "The {count} activities of the {site} matrix in which {party} holds a role, with the other parties' roles for context.",
    },
    roleDescription: {
      one: "The {count} activity of the {site} matrix in which {party} is {role}, with the other parties' roles for context.",
      other: "The {count} activities of the {site} matrix in which {party} is {role}, with the other parties' roles for context.",
    },
    /** {roles}: every role of the legend with its letter, "Responsible (R), … or Informed (I)". */
    intro: {
      one: "{count} of the matrix's activities gives {party} at least one role: {roles}. The other parties' letters are shown for context.",
      other:
        "{count} of the matrix's activities give {party} at least one role: {roles}. The other parties' letters are shown for context.",
    },
    roleIntro: {
      one: '{count} activity in which {party} is {role} ({letter}).',
      other: '{count} activities in which {party} is {role} ({letter}).',
    },
    /** {link} names the checklist (`checklistLink`); {roles}: the legend's names of R and A, "Responsible or Accountable". */
    checklist: '{link}: the activities in which {party} is {roles}, to track with a status, an owner, a due date, a note and evidence.',
    checklistLink: "{party}'s checklist",
  },
  /** The download links of the whole matrix, or of a party's activities. */
  exportLinks: {
    /** {xlsx}, {csv}, {json}: the links, each named by its format and, for screen readers, `of`. */
    download: 'Download {what}: {xlsx} (Excel, LibreOffice) · {csv} (opens in spreadsheets, UTF-8) · {json}',
    matrix: { what: 'the whole matrix', of: ' of the whole matrix' },
    party: { what: "{party}'s activities", of: " of {party}'s activities" },
  },
  /** The bar charts of letters per phase. */
  overview: {
    heading: 'Overview',
    intro: 'Per phase, how many activities each party holds each letter for.',
    /** {letters}: the legend's letters, "R, A, C and I". */
    chart: "Bar chart of the table below: {party}'s {letters} counts in each phase.",
    bar: 'Phase {number}',
    numbers: '{party}: the numbers',
    caption: '{party}: activities per phase and role',
    phase: 'Phase',
    activities: 'Activities',
  },
  /** The role filter: links without JavaScript, toggles with it. */
  roleFilter: {
    label: 'Roles',
    any: 'Any role',
    /** {party}: the party chooser on the full matrix. */
    showMatrix: 'Show activities where {party} is any of:',
    showParty: 'Show activities where {party} is any of:',
    changed: 'Changed in the latest release',
    /** What the filter shows, written by its script: {count} shown of {total}, or all {count}. */
    shown: { one: 'Showing {count} of {total} activities.', other: 'Showing {count} of {total} activities.' },
    all: { one: 'Showing all {count} activities.', other: 'Showing all {count} activities.' },
  },
  /** The copy-link button (its script gets these from the page). */
  copyLink: {
    row: 'Copy link to this activity',
    /** {link}: the heading's own "#" link name, its first letter in lower case: "Copy link to this section". */
    heading: 'Copy {link}',
    copied: 'Link copied: {url}',
    failed: 'Could not copy the link; copy it from here: {url}',
  },
  /** The pages of the changes, and the marker of a changed activity. */
  changeLog: {
    /** Beside an activity changed in the latest release. */
    marker: 'Changed on {date}',
    heading: 'Changes',
    /** {link}: the feed, named by `feedLink`. */
    intro:
      'Every release of the matrix published on this site is kept, newest first: what changed in each, and for whom. Each release can be downloaded as JSON, so you can keep the exact version you accepted. Follow new releases with the {link}.',
    feedLink: 'Atom feed of the changes',
    none: 'No release of this content has been recorded yet.',
    release: 'Release of {date}',
    first: {
      one: 'The first publication of the matrix on this site: {count} activity. Earlier versions are not recorded here.',
      other: 'The first publication of the matrix on this site: {count} activities. Earlier versions are not recorded here.',
    },
    /** {date}: as written in the file name (YYYY-MM-DD); {longDate}: in words. */
    download: 'Download the release of {date} (JSON)',
    all: 'All releases',
    latest: 'The latest release: the matrix as this site publishes it now.',
    earlier: 'An earlier release; the latest is of {date}.',
    activityCount: { one: '{count} activity.', other: '{count} activities.' },
    /** {link} named by `downloadThis`; {checksum} is code. */
    downloadThis: '{link}, checksum {checksum}',
    downloadThisLink: 'Download this release (JSON)',
    previous: 'Previous release: {link}',
    next: 'Next release: {link}',
    since: 'What changed since the release of {date}',
    firstRelease: {
      one: 'The first publication of the matrix on this site, with {count} activity: it lists no changes. Earlier versions are not recorded here.',
      other:
        'The first publication of the matrix on this site, with {count} activities: it lists no changes. Earlier versions are not recorded here.',
    },
    sinceThen: 'Everything that changed since, up to the latest release ({date})',
    nothingSince: 'Nothing changed in the matrix since this release.',
    /** The list of a release's changes. */
    matrix: 'The matrix',
    headings: 'Phases and sections',
    /** {field}: the field's name; {became}: an arrow, spoken as `became`. */
    metadata: '{field}: “{before}” {became} “{after}”',
    became: 'became',
    gone: ' (no longer in the matrix)',
    lettersWere: 'Letters were: ',
    letters: 'Letters: ',
    noLetters: 'no role for any party',
    /** A party's letters: {letters} is the letters' badge. */
    partyLetters: '{party}: {letters}',
    lettersSeparator: ' · ',
    /** The Atom feed. */
    feedDescription: 'Every release of the {site} matrix published on this site: what changed in each, and for whom.',
    feedFirst: {
      one: 'The first publication of the matrix on this site: {count} activity.',
      other: 'The first publication of the matrix on this site: {count} activities.',
    },
    feedImpact: '{party}: {impact}',
    feedReleasePage: "The release's page",
    feedReleaseJson: 'the release as JSON',
  },
  /** Titles, descriptions and share images of the pages that have their own (build/share-pages.ts). */
  share: {
    /** "Who is Responsible, Accountable, Consulted and Informed": the legend's role names, listed so. */
    rolesList: 'conjunction' as ListType,
    /** "(Customer or OVHcloud)": the parties' names, listed so. */
    partiesList: 'disjunction' as ListType,
    matrixSubtitle: '{activities} in {phases}: who is {roles} ({parties}).',
    phaseTitle: 'Phase {title}',
    phaseDescription: {
      one: 'Who is {roles} for the {count} activity of phase {title}.',
      other: 'Who is {roles} for the {count} activities of phase {title}.',
    },
    /** Small line above the title of a phase's or section's share image. */
    phaseEyebrow: '{site} · Phase {phase}',
    subtitle: {
      one: 'Who is {roles} ({parties}) for its {count} activity.',
      other: 'Who is {roles} ({parties}) for its {count} activities.',
    },
    sectionDescription: {
      one: 'Who is {roles} ({parties}) for the {count} activity of section {title}, phase {phase}.',
      other: 'Who is {roles} ({parties}) for the {count} activities of section {title}, phase {phase}.',
    },
    changesTitle: 'Changes',
    changesDescription: 'Every release of the {site} matrix published here ({releases}), newest first: what changed in each, and for whom.',
    changesSubtitle: '{releases}: what changed in each, and for whom.',
    /** {date}: YYYY-MM-DD; {longDate}: in words. */
    releaseDescription: 'What changed in the {site} matrix on {date}: {summary}.',
    releaseFirstSummary: 'The first publication here: {activities}',
    releaseFirstDescription:
      'The first release of the {site} matrix on this site ({date}): {activities}, with no earlier version recorded here.',
    releaseEyebrow: '{site} · Changes',
    sentence: '{text}.',
  },
  guidesPage: {
    title: 'Guides',
    description: 'How to read, link to and export the {site} matrix.',
    intro: 'How to make the most of the {site} matrix, with examples taken from the matrix itself.',
    none: 'This matrix has no guides yet.',
    all: 'All guides',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not exist (any more) on this site.',
    intro: 'This address does not exist on this site. The link may be mistyped, or point to a page that has never existed here.',
    /** Each {link} is named by the `…Link` after it. */
    search: '{link} for an activity or a section;',
    searchLink: 'Search the matrix',
    matrix: '{link}: every phase, section and activity on one page;',
    matrixLink: 'Read the full matrix',
    party: 'see {link};',
    partyLink: "{party}'s roles",
    changes: 'see {link} from one version of the matrix to the next;',
    changesLink: 'what changed',
    guides: 'or read the {link}: how to read, link to and export the matrix.',
    guidesLink: 'guides',
  },
  /** The page left at an old address (content/aliases.yaml). */
  redirect: { title: 'This page has moved', body: 'This page has moved to {link}.' },
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
    /** `{date}` is the matrix's date written YYYY-MM-DD; `{longDate}` the same date in words. */
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
