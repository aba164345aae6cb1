import { ROLE_LETTERS, type RoleLetter } from '../../core/letters';
import type { PhaseOverview } from '../../core/roles';

/** Geometry of one grouped bar chart (phases × letters), computed at build time. */
export interface BarChart {
  width: number;
  height: number;
  /** Baseline y of the bars. */
  baseline: number;
  groups: { label: string; x: number; bars: { letter: RoleLetter; count: number; x: number; y: number; height: number }[] }[];
}

const WIDTH = 560;
const HEIGHT = 200;
const TOP = 18;
const BOTTOM = 40;
const BAR = 18;
const GAP = 4;

/** Coordinates to a tenth of a unit: finer is invisible, and every digit is shipped in the page. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out, for one party, one group of R/A/C/I bars per phase, on a scale shared by `maxCount`;
 * `label` names a group under its bars ("Phase 3").
 */
export function barChart(
  overview: readonly PhaseOverview[],
  partyId: string,
  maxCount: number,
  label: (phase: number) => string,
): BarChart {
  const baseline = HEIGHT - BOTTOM;
  const groupWidth = WIDTH / Math.max(1, overview.length);
  const barsWidth = ROLE_LETTERS.length * BAR + (ROLE_LETTERS.length - 1) * GAP;
  const scale = maxCount > 0 ? (baseline - TOP) / maxCount : 0;
  return {
    width: WIDTH,
    height: HEIGHT,
    baseline,
    groups: overview.map(({ phase, counts }, index) => {
      const left = index * groupWidth + (groupWidth - barsWidth) / 2;
      return {
        label: label(phase.number),
        x: tenth(index * groupWidth + groupWidth / 2),
        bars: ROLE_LETTERS.map((letter, position) => {
          const count = counts[partyId]?.[letter] ?? 0;
          const height = tenth(count * scale);
          return { letter, count, x: tenth(left + position * (BAR + GAP)), y: tenth(baseline - height), height };
        }),
      };
    }),
  };
}

/** The largest single count across parties, so several charts share one scale. */
export function maxCount(overview: readonly PhaseOverview[]): number {
  return Math.max(0, ...overview.flatMap(({ counts }) => Object.values(counts).flatMap((c) => ROLE_LETTERS.map((l) => c[l]))));
}

export const BAR_WIDTH = BAR;

/**
 * One SVG path drawing the given bars, e.g. all the R bars of a chart: a path per letter is much
 * shorter in the page than a rect per bar. Empty bars (count 0) are not drawn.
 */
export function barsPath(bars: readonly { x: number; y: number; height: number }[]): string {
  return bars
    .filter((bar) => bar.height > 0)
    .map((bar) => `M${bar.x} ${bar.y}h${BAR}v${bar.height}h-${BAR}z`)
    .join('');
}
