import { getCollection } from 'astro:content';
import { aliasChain } from '../core/alias-chains';
import { type ActivityChangeKind, compareReleases, type ReleaseChanges } from '../core/compare';
import { listActivities } from '../core/query';
import { contentOf, type Release, releaseOf } from '../core/release';
import { fill, formatDate } from '../i18n/format';
import { DEFAULT_LANG, dictionary } from '../i18n/index';
import { changeWording, differencesFrom, kindsText } from '../shared/change-wording';
import { getAliases, getMatrix } from './matrix';

/** One release with what changed in it. */
export interface ReleaseEntry {
  release: Release;
  /** The release before it; undefined for the first. */
  previous: Release | undefined;
  /** Against the previous release; undefined for the first, which lists no changes. */
  changes: ReleaseChanges | undefined;
  /** For an older release, everything that changed from it to the latest release. */
  sinceThen: ReleaseChanges | undefined;
  /** How many activities the release holds. */
  activityCount: number;
}

/** The "changed on <date>" marker of an activity changed in the latest release. */
export interface ChangeMarker {
  date: string;
  kinds: ActivityChangeKind[];
  /** Id of the change on the release's page. */
  changeId: string;
  /** "Changed on Sep 1, 2026". */
  label: string;
  /** What changed, for screen readers: "renamed, moved". */
  detail: string;
}

export interface ChangeHistory {
  /** Newest first. */
  entries: ReleaseEntry[];
  latest: ReleaseEntry | undefined;
  /** Activities of the current matrix changed in the latest release, by id; empty when it is the first. */
  markers: Map<string, ChangeMarker>;
  /** The id of an activity of any release in the current matrix, following aliases; undefined when it is gone. */
  currentId: (id: string) => string | undefined;
  /** `npm run dev` only: what differs from the newest release, which the build would refuse. */
  unreleased: string[] | undefined;
}

/** The id of an activity's change on its release page. */
export const changeId = (activityId: string) => `change-${activityId}`;

const cached = new Map<string, Promise<ChangeHistory>>();

/** Every release of the edition in `lang` and what changed in each, computed once per build. */
export function getChangeHistory(lang: string = DEFAULT_LANG): Promise<ChangeHistory> {
  const known = cached.get(lang);
  if (known) return known;
  const history = (async () => {
    const [matrix, aliases, collection] = await Promise.all([
      getMatrix(lang),
      getAliases(),
      getCollection('releases', (entry) => entry.id.startsWith(`${lang}/`)),
    ]);
    const releases = collection.map((entry) => entry.data).sort((a, b) => a.lastUpdated.localeCompare(b.lastUpdated));
    const newest = releases.at(-1);
    const compare = (from: Release, to: Release) => compareReleases(contentOf(from), contentOf(to), aliases);
    const entries = releases
      .map((release, index) => {
        const previous = releases[index - 1];
        return {
          release,
          previous,
          changes: previous ? compare(previous, release) : undefined,
          sinceThen: newest && release.lastUpdated !== newest.lastUpdated ? compare(release, newest) : undefined,
          activityCount: release.phases.reduce((total, phase) => total + phase.sections.reduce((n, s) => n + s.activities.length, 0), 0),
        };
      })
      .reverse();
    const liveIds = new Set(listActivities(matrix.phases).map(({ activity }) => activity.id));
    const currentId = (id: string) => [id, ...aliasChain(aliases.anchors, id).hops].find((candidate) => liveIds.has(candidate));
    const latest = entries[0];
    const wording = changeWording(matrix.meta.lang, matrix.meta.parties, matrix.meta.roles);
    const markers = new Map<string, ChangeMarker>();
    for (const change of latest?.changes?.activities ?? []) {
      const id = change.after && currentId(change.after.id);
      if (!latest || !change.after || !id) continue;
      const date = latest.release.lastUpdated;
      markers.set(id, {
        date,
        kinds: change.kinds,
        changeId: changeId(change.after.id),
        label: fill(dictionary(lang).changeLog.marker, { date: formatDate(matrix.meta.lang, date, 'short') }),
        detail: kindsText(wording, change.kinds),
      });
    }
    const differences = newest ? differencesFrom(wording, newest, releaseOf(matrix), aliases) : [];
    const unreleased = differences.length > 0 ? differences : undefined;
    return { entries, latest, markers, currentId, unreleased };
  })();
  cached.set(lang, history);
  return history;
}
