/**
 * The English interface strings: every word the site shows that is not the matrix's own content.
 * Each language has one such dictionary, of the same shape (`Dictionary`), so a missing string
 * fails the type check. Messages name their values in braces (`{count}`, see format.ts `fill`);
 * a message that depends on a count has a form per plural category (`plural`).
 */
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
};

export type Dictionary = typeof en;
