import { describe, expect, it } from 'vitest';
import type { LoadFigures } from './cannon';
import { checkLoad, loadTable, memoryTable, staticRatios } from './report';

const MB = 1024 * 1024;

function figures(requestsPerSecond: number, p50: number, extra: Partial<LoadFigures> = {}): LoadFigures {
  return {
    url: 'http://127.0.0.1:1/x',
    connections: 50,
    seconds: 30,
    requests: requestsPerSecond * 30,
    requestsPerSecond,
    p50,
    p99: p50 * 4,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCodes: { '200': requestsPerSecond * 30 },
    ...extra,
  };
}

describe('checkLoad', () => {
  const memory = [
    { round: 1, before: 100 * MB, after: 200 * MB },
    { round: 2, before: 200 * MB, after: 210 * MB },
    { round: 3, before: 210 * MB, after: 219 * MB },
  ];

  it('holds for clean rounds and memory within the tolerance', () => {
    expect(checkLoad([figures(100, 10), figures(110, 9)], memory).map((c) => c.holds)).toEqual([true, true, true, true]);
  });

  it('fails on a round without answers, a single error, a single non-2xx, or memory that keeps growing', () => {
    const grown = [...memory.slice(0, 2), { round: 3, before: 210 * MB, after: 221 * MB }];
    const held = (rounds: LoadFigures[], rss = memory) => checkLoad(rounds, rss).map((c) => c.holds);
    expect(held([figures(100, 10), figures(0, NaN)])).toEqual([false, true, true, true]);
    expect(held([figures(100, 10), figures(100, 10, { errors: 1 })])).toEqual([true, false, true, true]);
    expect(held([figures(100, 10, { non2xx: 1 })])).toEqual([true, true, false, true]);
    expect(held([figures(100, 10)], grown)).toEqual([true, true, true, false]);
  });

  it('does not pass without measurements', () => {
    expect(checkLoad([], []).some((c) => c.holds)).toBe(false);
  });
});

describe('staticRatios', () => {
  it('divides the median of the rounds by the static server', () => {
    expect(staticRatios([figures(100, 10), figures(300, 30), figures(200, 20)], figures(400, 5))).toEqual({
      requestsPerSecond: 0.5,
      p50: 4,
      p99: 4,
    });
  });

  it('is empty without a static load', () => {
    expect(staticRatios([figures(100, 10)], undefined)).toEqual({});
  });
});

describe('tables', () => {
  it('prints one row per load with its status codes', () => {
    const table = loadTable([
      { label: 'next 404', figures: figures(50, 12.34, { errors: 3, timeouts: 2, non2xx: 1500, statusCodes: { '404': 1500 } }) },
    ]);
    expect(table.split('\n')[2]).toMatch(/^next 404\s+50\s+12\.3\s+49\.4\s+1500\s+3\s+2\s+1500\s+404×1500$/u);
  });

  it('prints memory in MB', () => {
    expect(memoryTable([{ round: 1, before: 100 * MB, after: 150.5 * MB }]).split('\n')[2]).toMatch(/^1\s+100\.0\s+150\.5$/u);
  });
});
