import { describe, expect, it } from 'vitest';
import type { PageBytes } from './bytes';
import type { LighthouseRun } from './lighthouse';
import { checkTargets, JS_BEFORE_LEARNER_TOOLS, KB, summarize, targetLines, webTable, type PageResult } from './report';

const run = (performance: number, lcp: number, failing: string[] = []): LighthouseRun => ({
  performance,
  accessibility: 100,
  lcp,
  tbt: performance > 95 ? 20 : 150,
  cls: 0,
  failing,
  findings: failing.length ? ['LCP element: p'] : [],
});

function page(label: string, jsGzip: number, lighthouse: LighthouseRun[]): PageResult {
  const size = (gzip: number) => ({ raw: gzip * 3, gzip });
  const bytes: PageBytes = {
    path: '/x',
    status: 200,
    html: size(20 * KB),
    css: size(8 * KB),
    js: size(jsGzip),
    rscPayload: size(jsGzip ? 10 * KB : 0),
    scripts: jsGzip ? [{ url: '/a.js', ...size(jsGzip) }] : [],
    stylesheets: [{ url: '/a.css', ...size(8 * KB) }],
  };
  return { label, url: `http://127.0.0.1/${label}`, bytes, lighthouse: summarize(lighthouse) };
}

describe('summarize', () => {
  it('takes the median of each figure and counts the runs in which each audit failed', () => {
    const summary = summarize([run(90, 2000, ['a']), run(99, 1000), run(97, 1500, ['a', 'b'])]);
    expect(summary).toEqual({
      runs: 3,
      performance: 97,
      accessibility: 100,
      lcp: 1500,
      tbt: 20,
      cls: 0,
      failing: { a: 2, b: 1 },
      findings: { 'LCP element: p': 2 },
    });
  });
});

describe('checkTargets', () => {
  const baseline = page('baseline', 0, [run(100, 1000)]);
  const floor = page('floor', 150 * KB, [run(96, 1100)]);

  it('holds every target for a reader close to the baseline, within 25 KB of the floor and the first-load budget', () => {
    const reader = page('reader', JS_BEFORE_LEARNER_TOOLS, [run(98, 1300)]);
    expect(checkTargets(reader, baseline, floor).every((t) => t.holds)).toBe(true);
  });

  it('fails performance, TBT, LCP and JavaScript when the reader misses them', () => {
    const reader = page('reader', 150 * KB + 25 * KB + 1, [run(90, 1301)]);
    const failed = checkTargets(reader, baseline, floor).filter((t) => !t.holds);
    expect(failed.map((t) => t.name)).toEqual([
      'Lighthouse mobile performance (median) ≥ 95',
      'TBT (median) ≤ 100 ms',
      'LCP (median) ≤ 1.3 × baseline LCP (ms)',
      'first-load JS gzip ≤ floor + 25 KB (bytes)',
      'first-load JS gzip ≤ before the learner tools (bytes)',
    ]);
    expect(targetLines(failed)).toEqual([
      '✗ Lighthouse mobile performance (median) ≥ 95: 90 (limit 95)',
      '✗ TBT (median) ≤ 100 ms: 150 (limit 100)',
      '✗ LCP (median) ≤ 1.3 × baseline LCP (ms): 1301 (limit 1300)',
      `✗ first-load JS gzip ≤ floor + 25 KB (bytes): ${175 * KB + 1} (limit ${175 * KB})`,
      `✗ first-load JS gzip ≤ before the learner tools (bytes): ${175 * KB + 1} (limit ${JS_BEFORE_LEARNER_TOOLS})`,
    ]);
  });

  it('fails CLS as soon as it shows in three decimals', () => {
    const shifting = page('reader', 150 * KB, [{ ...run(98, 1000), cls: 0.001 }]);
    expect(checkTargets(shifting, baseline, floor).find((t) => t.name.startsWith('CLS'))?.holds).toBe(false);
  });
});

describe('webTable', () => {
  it('puts the pages side by side with the ratios to the baseline and the floor', () => {
    const table = webTable(
      page('reader', 200 * KB, [run(90, 2000)]),
      page('baseline', 0, [run(100, 1000)]),
      page('floor', 100 * KB, [run(96, 1000)]),
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\s+reader\s+baseline\s+floor\s+reader ÷ baseline\s+reader ÷ floor$/u);
    expect(lines.find((l) => l.startsWith('JS KB gzip'))).toMatch(/200\.0\s+0\.0\s+100\.0\s+–\s+2\.00×$/u);
    expect(lines.find((l) => l.startsWith('LCP ms'))).toMatch(/2000\s+1000\s+1000\s+2\.00×\s+2\.00×$/u);
  });
});
