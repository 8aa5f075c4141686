import { describe, expect, it } from 'vitest';
import { createSupportCache, type EvidenceSide } from './evidence';

// Segment i of one side has items with the given weights; segment j of the other side
// supports the items listed for (i, j).
function side(weights: number[][], supported: Record<string, number[]>): EvidenceSide {
  return {
    weights: weights.map((w) => Float64Array.from(w)),
    supports: (i, j) => (supported[`${i},${j}`] ?? []).reduce((mask, bit) => mask | (1 << bit), 0),
  };
}

describe('createSupportCache', () => {
  const evidence = side([[1, 2, 4], [8]], { '0,0': [0], '0,1': [0, 1], '1,1': [0] });

  it('weighs the items supported by the union of the other side', () => {
    const cache = createSupportCache(evidence, 2, () => [0, 2]);
    expect(cache.matched(0, 1, 0, 1)).toBe(1);
    expect(cache.matched(0, 1, 0, 2)).toBe(3);
    expect(cache.matched(0, 2, 0, 2)).toBe(11);
    expect(cache.matched(0, 2, 2, 2)).toBe(0);
  });

  it('gives the same answers outside the cached columns', () => {
    const narrow = createSupportCache(evidence, 2, () => [1, 1]);
    const wide = createSupportCache(evidence, 2, () => [0, 2]);
    for (const [i0, i1, j0, j1] of [
      [0, 1, 0, 2],
      [1, 2, 0, 2],
      [0, 2, 0, 1],
    ] as const) {
      expect(narrow.matched(i0, i1, j0, j1)).toBe(wide.matched(i0, i1, j0, j1));
    }
  });
});
