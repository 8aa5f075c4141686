import { describe, expect, it } from 'vitest';
import { backtrack } from './backtrack';
import { createBand } from './band';
import { BEAD_SHAPES } from './beads';
import { fillTable, type BeadCost } from './dp';
import type { BeadShape } from './types';

// A cost with a known best path: 1-1 beads cost 1, a 2-1 over source 3–4 is free, others cost 5.
const cost: BeadCost = (i, di, _j, dj) => (di === 1 && dj === 1 ? 1 : di === 2 && dj === 1 && i === 3 ? 0 : 5);

/** The cheapest total by trying every path (small sizes only). */
function bruteForce(n: number, m: number, shapes: readonly BeadShape[], beadCost: BeadCost): number {
  const best = (i: number, j: number): number => {
    if (i === 0 && j === 0) return 0;
    let min = Infinity;
    for (const s of shapes)
      if (i >= s.src && j >= s.tgt) min = Math.min(min, best(i - s.src, j - s.tgt) + beadCost(i - s.src, s.src, j - s.tgt, s.tgt));
    return min;
  };
  return best(n, m);
}

describe('fillTable and backtrack', () => {
  it('find the cheapest path', () => {
    const band = createBand(Array(6).fill(1), Array(5).fill(1), 10);
    const table = fillTable(6, 5, band, BEAD_SHAPES, cost);
    const path = backtrack(table, BEAD_SHAPES);
    expect(path?.beads.map((b) => `[${b.src}]:[${b.tgt}]`)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3,4]:[3]', '[5]:[4]']);
    expect(path?.beads.reduce((sum, b) => sum + b.cost, 0)).toBe(bruteForce(6, 5, BEAD_SHAPES, cost));
  });

  it('agree with brute force on random costs', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const table = new Map<string, number>();
      const randomCost: BeadCost = (i, di, j, dj) => {
        const key = `${i},${di},${j},${dj}`;
        if (!table.has(key)) table.set(key, random() * 5);
        return table.get(key) as number;
      };
      const [n, m] = [2 + (round % 4), 2 + ((round * 7) % 5)];
      const filled = fillTable(n, m, createBand(Array(n).fill(1), Array(m).fill(1), 10), BEAD_SHAPES, randomCost);
      const path = backtrack(filled, BEAD_SHAPES);
      expect(path?.beads.reduce((sum, b) => sum + b.cost, 0)).toBeCloseTo(bruteForce(n, m, BEAD_SHAPES, randomCost), 9);
    }
  });

  it('stay inside the band', () => {
    const band = createBand(Array(30).fill(1), Array(30).fill(1), 2);
    const table = fillTable(30, 30, band, BEAD_SHAPES, cost);
    expect(table.size).toBeLessThanOrEqual(31 * 5);
    const path = backtrack(table, BEAD_SHAPES);
    for (const [i, j] of path?.cells ?? []) {
      expect(j).toBeGreaterThanOrEqual(band.lo[i] as number);
      expect(j).toBeLessThanOrEqual(band.hi[i] as number);
    }
  });

  it('charge a run of deletions its opening cost once', () => {
    // Deletions cost 5, the 1-1 beads [0]:[0] and [4]:[1] cost 1; with a discount of 4, a run
    // of three deletions costs 5 + 1 + 1.
    const pairs = new Set(['0,0', '4,1']);
    const costs: BeadCost = (i, di, j, dj) => (di === 1 && dj === 1 && pairs.has(`${i},${j}`) ? 1 : di === 1 && dj === 0 ? 5 : 50);
    const band = createBand(Array(5).fill(1), Array(2).fill(1), 10);
    const path = backtrack(fillTable(5, 2, band, BEAD_SHAPES, costs, { src: 4, tgt: 0 }), BEAD_SHAPES);
    expect(path?.beads.map((b) => b.cost)).toEqual([1, 5, 1, 1, 1]);
    expect(path?.beads.map((b) => `[${b.src}]:[${b.tgt}]`)).toEqual(['[0]:[0]', '[1]:[]', '[2]:[]', '[3]:[]', '[4]:[1]']);
  });

  it('report no path when the shapes cannot reach the end', () => {
    const oneToOne = [{ src: 1, tgt: 1 }];
    const table = fillTable(2, 3, createBand([1, 1], [1, 1, 1], 5), oneToOne, () => 0);
    expect(backtrack(table, oneToOne)).toBeUndefined();
  });
});
