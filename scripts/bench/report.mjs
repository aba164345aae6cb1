// Turns the bench results into Markdown tables: printed on stdout and saved next to the JSON.
import { CATEGORIES } from './lighthouse.mjs';
import { SERVINGS } from './server.mjs';

const NA = 'n/a';
export const bytes = (value) => (value === null || value === undefined ? NA : value.toLocaleString('en-US'));
export const ms = (value) => (value === null || value === undefined ? NA : `${Math.round(value).toLocaleString('en-US')} ms`);
const ratio = (value) => (value === null || value === undefined ? NA : `${value.toFixed(2)}×`);

/** A Markdown table with padded columns, readable both raw and rendered. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? NA)));
  const widths = headers.map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(cells[0]), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)].join('\n');
}

function buildsTable(builds) {
  return table(
    [
      'scale',
      'activities',
      'astro build (best)',
      'all runs (ms)',
      'build CPU (best)',
      'pagefind',
      'dist/ bytes',
      'pagefind/ bytes',
      'largest page',
      'HTML raw',
      'HTML gzip',
    ],
    builds.map((b) => [
      b.scale,
      bytes(b.activities),
      ms(b.wallMs),
      b.runsMs.map((run) => Math.round(run)).join(', '),
      ms(b.cpuMs),
      ms(b.pagefindMs),
      bytes(b.distBytes),
      bytes(b.pagefindBytes),
      b.largestPage?.route,
      bytes(b.largestPage?.raw),
      bytes(b.largestPage?.gzip),
    ]),
  );
}

function growthTable(builds) {
  const [base] = builds;
  return table(
    ['scale', 'build time', 'build CPU', 'pagefind/ bytes', 'largest page raw', 'largest page gzip'],
    builds.map((b) => [
      b.scale,
      ratio(b.wallMs / base.wallMs),
      base.cpuMs ? ratio(b.cpuMs / base.cpuMs) : NA,
      base.pagefindBytes ? ratio(b.pagefindBytes / base.pagefindBytes) : NA,
      ratio(b.largestPage.raw / base.largestPage.raw),
      ratio(b.largestPage.gzip / base.largestPage.gzip),
    ]),
  );
}

const servingLabel = (serving) => SERVINGS[serving]?.label ?? serving;

function pagesTable(pages) {
  return table(
    [
      'page',
      'served as',
      'HTML raw',
      'HTML sent',
      'CSS sent',
      'first load sent',
      'requests',
      'JS before interaction',
      'scripts (inline + external)',
    ],
    pages.map((p) =>
      p.measured
        ? [
            p.route,
            servingLabel(p.serving),
            bytes(p.htmlBytes),
            bytes(p.htmlWireBytes),
            bytes(p.cssWireBytes),
            bytes(p.firstLoadBytes),
            p.requests,
            bytes(p.jsBytes),
            `${p.inlineScripts} + ${p.externalScripts}`,
          ]
        : [p.route, servingLabel(p.serving), NA, NA, NA, NA, NA, NA, `${NA} (${p.reason})`],
    ),
  );
}

function lighthouseTable(lighthouse) {
  return table(
    ['page', 'served as', ...CATEGORIES, 'performance per run', 'TBT (median)', 'TBT per run', 'FCP', 'LCP', 'audits below 1 (any run)'],
    lighthouse.map((l) =>
      l.error
        ? [l.route, servingLabel(l.serving), ...CATEGORIES.map(() => 'error'), NA, NA, NA, NA, NA, l.error]
        : [
            l.route,
            servingLabel(l.serving),
            ...CATEGORIES.map((category) => l.scores[category]),
            l.allScores.map((scores) => scores.performance).join(', '),
            ms(l.metrics.tbt),
            l.allMetrics.map((metrics) => Math.round(metrics.tbt)).join(', '),
            ms(l.metrics.fcp),
            ms(l.metrics.lcp),
            Object.values(l.failing).flat().join(', ') || '—',
          ],
    ),
  );
}

/** The whole report as Markdown. */
export function formatReport(results) {
  const duration = `${Math.round(results.durationMs / 1000)} s`;
  const parts = [`Benchmark of ${results.date} — Node ${results.node}, ${results.cpus} × ${results.cpuModel}, run took ${duration}`, ''];
  parts.push('### Builds', '', buildsTable(results.builds), '');
  if (results.scaling) {
    const s = results.scaling;
    parts.push('### Growth from 1x', '', growthTable(results.builds), '');
    parts.push(
      `Build time ${results.builds.at(-1).scale}/1x: ${ratio(s.timeRatio)} wall, ${ratio(s.cpuRatio)} CPU, for ${ratio(s.activityRatio)} ` +
        `the activities (${s.timeRatio <= s.activityRatio ? 'no faster than linear' : 'FASTER than linear'}). ` +
        `Marginal build CPU per 1,000 activities: ${s.marginalCpuMsPer1000.map((step) => `${step.from}→${step.to}: ${ms(step.ms)}`).join(', ')}.`,
      '',
    );
  }
  if (results.editions) {
    const { bothMs, englishMs, ratio, runsMs } = results.editions;
    parts.push(
      '### Two editions',
      '',
      `Build of both editions ${ms(bothMs)}, of the English edition alone ${ms(englishMs)}: ${ratio.toFixed(2)}× ` +
        `(runs: both ${runsMs.both.map(ms).join(', ')}; English ${runsMs.english.map(ms).join(', ')}).`,
      '',
    );
  }
  parts.push(
    '### First load (1x, headless Chromium, fresh cache, no interaction; bytes as the server sent them, inline scripts at their gzip size)',
    '',
    pagesTable(results.pages),
    '',
  );
  parts.push('### Search (100x)', '');
  const search = results.search;
  parts.push(
    search?.medianMs === undefined
      ? `Time to first result: ${NA} (${search?.error ? `failed: ${search.error}` : (search?.reason ?? 'not run')}).`
      : `Time to first result: median ${ms(search.medianMs)}, max ${ms(search.maxMs)} over ${search.samples} searches (${search.method}).`,
    '',
  );
  parts.push('### Deep links (1x, 1280 × 800, a fresh tab each time: from the load event to the frame the target stops moving)', '');
  parts.push(
    results.deepLinks
      ? [
          '| link | median | slowest | runs |',
          '| --- | --- | --- | --- |',
          ...results.deepLinks.map(
            (link) => `| \`${link.path}\` | ${ms(link.medianMs)} | ${ms(link.maxMs)} | ${link.runsMs.map(ms).join(', ')} |`,
          ),
        ].join('\n')
      : `${NA} (not measured)`,
    '',
  );
  parts.push('### Lighthouse (1x, mobile preset, median of each category and metric over the runs)', '');
  parts.push(results.lighthouse ? lighthouseTable(results.lighthouse) : `${NA} (skipped)`, '');
  parts.push('### Budgets', '', ...results.budgets.map(formatBudget), '');
  return parts.join('\n');
}

export function formatBudget(budget) {
  if (budget.pass === null) return `BUDGET NOT CHECKED: ${budget.name} (${budget.detail})`;
  return `${budget.pass ? 'BUDGET OK' : 'BUDGET FAILED'}: ${budget.name}: ${budget.detail}`;
}
