import { describe, expect, test } from 'vitest';
import { listActivities } from '../../src/core/query';
import { loadContent } from '../../src/node/content-folder';
import { expectedRows, expectedSections } from '../fixtures/source-expectations';
import { expectedPhasesFr, expectedRowsFr, expectedSectionsFr, frenchEdition, frenchSample } from '../fixtures/source-expectations-fr';

/** The real content's French edition (content/fr/), read and paired as the build reads it, against the hand transcription of OVHcloud's French source. */
const { content, translations, problems } = loadContent('content');
const french = translations.find((edition) => edition.matrix.meta.lang === 'fr');

describe('the French edition of the real content', () => {
  test('reads and pairs with the English one without a problem', () => {
    expect(problems).toEqual([]);
    expect(french).toBeDefined();
  });

  test("its title, date, parties and legend are the source's", () => {
    const meta = french?.matrix.meta;
    expect(meta?.title).toBe(frenchEdition.title);
    expect(meta?.sourceUrl).toBe(frenchEdition.sourceUrl);
    expect(meta?.lastUpdated).toBe(frenchEdition.lastUpdated);
    expect(meta?.parties.map((party) => party.name)).toEqual([...frenchEdition.parties]);
    expect(meta?.parties.map((party) => party.id)).toEqual(['customer', 'ovhcloud']);
    expect(meta?.roles).toEqual(frenchEdition.roles);
    expect(french?.objective).toContain('sous la qualifcation SecNumCloud');
  });

  test('every phase and section, with its number, title and parent', () => {
    expect(french?.matrix.phases.map((phase) => ({ number: phase.number, title: phase.title }))).toEqual(expectedPhasesFr);
    const sections = french?.matrix.phases.flatMap((phase) =>
      phase.sections.map((section) => ({
        phase: phase.number,
        number: section.number,
        title: section.title,
        parent: section.parent,
        activityCount: section.activities.length,
      })),
    );
    expect(sections).toEqual(expectedSectionsFr);
  });

  test('the sample of rows the browser tests visit: its ids, phases and sections', () => {
    const activities = listActivities(french?.matrix.phases ?? []);
    for (const row of frenchSample) {
      const found = activities.find(({ activity }) => activity.id === row.id);
      expect(found && [found.phase.title, found.section.number, found.section.title, found.activity.text], row.id).toEqual([
        row.phase,
        row.sectionNumber,
        row.section,
        row.activity,
      ]);
    }
  });

  test('every row, its words and its letters exactly as the source writes them', () => {
    const rows = listActivities(french?.matrix.phases ?? []).map(({ phase, section, activity }) => ({
      phase: phase.number,
      section: section.number,
      activity: activity.text,
      customer: activity.roles['customer']?.join('') ?? '',
      ovhcloud: activity.roles['ovhcloud']?.join('') ?? '',
    }));
    expect(rows).toEqual(expectedRowsFr);
  });

  test('the two hand transcriptions agree row for row: same sections, same letters', () => {
    expect(expectedSectionsFr.map(({ number, activityCount }) => [number, activityCount])).toEqual(
      expectedSections.map(({ number, activityCount }) => [number, activityCount]),
    );
    expect(expectedRowsFr.map(({ section, customer, ovhcloud }) => [section, customer, ovhcloud])).toEqual(
      expectedRows.map(({ section, customer, ovhcloud }) => [section, customer, ovhcloud]),
    );
  });

  test('each French row has the id of its English counterpart', () => {
    const englishIds = listActivities(content?.matrix.phases ?? []).map(({ activity }) => activity.id);
    expect(listActivities(french?.matrix.phases ?? []).map(({ activity }) => activity.id)).toEqual(englishIds);
    expect(french?.differences).toEqual([]);
  });
});
