/** Turning the measurements of bench:web into medians, ratios, the targets and the printed table. */
import { formatTable, median, ratio } from '../shared/stats';
import type { PageBytes } from './bytes';
import type { LighthouseRun } from './lighthouse';

/** 1 KB = 1024 bytes throughout the benchmark's output. */
export const KB = 1024;

/** The medians of several Lighthouse runs on one page, and how often each audit lost points. */
export interface LighthouseSummary {
  runs: number;
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audit → in how many runs it lost points. */
  failing: Record<string, number>;
  /** LCP element or layout shift → in how many runs it was seen. */
  findings: Record<string, number>;
}

/** One page's measurements: bytes once, Lighthouse `runs` times. */
export interface PageResult {
  label: string;
  url: string;
  bytes: PageBytes;
  lighthouse: LighthouseSummary;
}

/** One acceptance target of the issue, measured. */
export interface Target {
  name: string;
  value: number;
  limit: number;
  holds: boolean;
}

/** Medians of each figure over `runs`, and the failing audits counted. */
export function summarize(runs: readonly LighthouseRun[]): LighthouseSummary {
  const count = (items: string[]) => {
    const counts: Record<string, number> = {};
    for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
    return counts;
  };
  const of = (pick: (r: LighthouseRun) => number) => median(runs.map(pick));
  return {
    runs: runs.length,
    performance: of((r) => r.performance),
    accessibility: of((r) => r.accessibility),
    lcp: of((r) => r.lcp),
    tbt: of((r) => r.tbt),
    cls: of((r) => r.cls),
    failing: count(runs.flatMap((r) => r.failing)),
    findings: count(runs.flatMap((r) => r.findings)),
  };
}

/**
 * The reader's first-load JavaScript before the learner tools (issue 5), which must not grow with
 * every tool off: 175,984 B gzip, measured with measurePage on a production build of 70c866b
 * (the last commit before them) with Next.js 16.4.6, as now. Another Next.js moves it.
 */
export const JS_BEFORE_LEARNER_TOOLS = 175_984;

/** The targets of issue 6, item 1, for the reader against the baseline and the framework floor; and issue 5's first-load budget. */
export function checkTargets(reader: PageResult, baseline: PageResult, floor: PageResult): Target[] {
  const r = reader.lighthouse;
  const jsLimit = floor.bytes.js.gzip + 25 * KB;
  const lcpLimit = 1.3 * baseline.lighthouse.lcp;
  return [
    { name: 'Lighthouse mobile performance (median) ≥ 95', value: r.performance, limit: 95, holds: r.performance >= 95 },
    { name: 'Lighthouse accessibility (median) = 100', value: r.accessibility, limit: 100, holds: r.accessibility === 100 },
    // Lighthouse shows CLS with three decimals: 0 means under 0.0005.
    { name: 'CLS (median) = 0', value: r.cls, limit: 0, holds: r.cls < 0.0005 },
    { name: 'TBT (median) ≤ 100 ms', value: r.tbt, limit: 100, holds: r.tbt <= 100 },
    { name: 'LCP (median) ≤ 1.3 × baseline LCP (ms)', value: r.lcp, limit: lcpLimit, holds: r.lcp <= lcpLimit },
    {
      name: 'first-load JS gzip ≤ floor + 25 KB (bytes)',
      value: reader.bytes.js.gzip,
      limit: jsLimit,
      holds: reader.bytes.js.gzip <= jsLimit,
    },
    {
      name: 'first-load JS gzip ≤ before the learner tools (bytes)',
      value: reader.bytes.js.gzip,
      limit: JS_BEFORE_LEARNER_TOOLS,
      holds: reader.bytes.js.gzip <= JS_BEFORE_LEARNER_TOOLS,
    },
  ];
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** The side-by-side table: one column per page, then reader ÷ baseline and reader ÷ floor. */
export function webTable(reader: PageResult, baseline: PageResult, floor: PageResult): string {
  const pages = [reader, baseline, floor];
  const row = (name: string, pick: (p: PageResult) => number, show: (v: number) => string) => [
    name,
    ...pages.map((p) => show(pick(p))),
    times(ratio(pick(reader), pick(baseline))),
    times(ratio(pick(reader), pick(floor))),
  ];
  return formatTable([
    ['', ...pages.map((p) => p.label), 'reader ÷ baseline', 'reader ÷ floor'],
    row('HTML KB raw', (p) => p.bytes.html.raw, kb),
    row('HTML KB gzip', (p) => p.bytes.html.gzip, kb),
    row('  of which RSC payload KB raw', (p) => p.bytes.rscPayload.raw, kb),
    row('  of which RSC payload KB gzip', (p) => p.bytes.rscPayload.gzip, kb),
    row('CSS KB raw', (p) => p.bytes.css.raw, kb),
    row('CSS KB gzip', (p) => p.bytes.css.gzip, kb),
    row('JS KB raw', (p) => p.bytes.js.raw, kb),
    row('JS KB gzip', (p) => p.bytes.js.gzip, kb),
    row('JS files', (p) => p.bytes.scripts.length, String),
    row('performance (median)', (p) => p.lighthouse.performance, String),
    row('accessibility (median)', (p) => p.lighthouse.accessibility, String),
    row('LCP ms (median)', (p) => p.lighthouse.lcp, ms),
    row('TBT ms (median)', (p) => p.lighthouse.tbt, ms),
    row(
      'CLS (median)',
      (p) => p.lighthouse.cls,
      (v) => v.toFixed(3),
    ),
  ]);
}

/** One line per target: ✓ or ✗, the figure and its limit. */
export function targetLines(targets: readonly Target[]): string[] {
  return targets.map(
    (t) =>
      `${t.holds ? '✓' : '✗'} ${t.name}: ${Number.isInteger(t.value) ? t.value : t.value.toFixed(3)} (limit ${Number.isInteger(t.limit) ? t.limit : t.limit.toFixed(0)})`,
  );
}
