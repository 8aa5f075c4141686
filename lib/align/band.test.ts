import { describe, expect, it } from 'vitest';
import { coversAll, createBand, onInnerEdge } from './band';

describe('createBand', () => {
  it('follows the length diagonal, not the index diagonal', () => {
    // One long source segment, then many short ones; the target mirrors the lengths.
    const band = createBand([100, 10, 10, 10, 10], [50, 50, 10, 10, 10, 10], 0);
    expect([...band.lo]).toEqual([0, 2, 3, 4, 5, 6]);
  });

  it('starts at (0, 0), ends at (n, m), and keeps its width', () => {
    const band = createBand(Array(50).fill(20), Array(70).fill(15), 5);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[50]).toBe(70);
    for (let i = 0; i <= 50; i++) {
      expect((band.hi[i] as number) - (band.lo[i] as number)).toBeLessThanOrEqual(10);
      if (i > 0) expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1] as number);
    }
  });

  it('knows when it covers the whole table and where its inner edges are', () => {
    expect(coversAll(createBand([1, 1, 1], [1, 1], 5), 2)).toBe(true);
    const band = createBand(Array(20).fill(1), Array(20).fill(1), 2);
    expect(coversAll(band, 20)).toBe(false);
    expect(onInnerEdge(band, 10, 8, 20)).toBe(true);
    expect(onInnerEdge(band, 10, 10, 20)).toBe(false);
    expect(onInnerEdge(band, 0, 0, 20)).toBe(false);
  });
});
