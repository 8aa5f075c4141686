import { describe, expect, it } from 'vitest';
import { BEAD_SHAPES, DEFAULT_SHAPE_PRIORS, estimateShapePriors, isValidAlignment, shapeOf, shapePenalty, unpairedBeads } from './beads';

const bead = (src: number[], tgt: number[]) => ({ src, tgt, cost: 0 });

describe('bead shapes', () => {
  it('allows 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3, with 1-1 the cheapest', () => {
    expect(BEAD_SHAPES.map((s) => `${s.src}-${s.tgt}`).sort()).toEqual(['0-1', '1-0', '1-1', '1-2', '1-3', '2-1', '2-2', '3-1']);
    const penalties = BEAD_SHAPES.map((s) => shapePenalty(s.prior));
    expect(Math.min(...penalties)).toBe(shapePenalty(DEFAULT_SHAPE_PRIORS['1-1'] ?? 0));
  });

  it('has default priors that sum to one', () => {
    expect(Object.values(DEFAULT_SHAPE_PRIORS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('names a bead by its shape', () => {
    expect(shapeOf(bead([1, 2], [3]))).toBe('2-1');
    expect(shapeOf(bead([], [3]))).toBe('0-1');
  });
});

describe('isValidAlignment', () => {
  it('accepts beads that cover both sides once, in order', () => {
    expect(isValidAlignment([bead([0], [0]), bead([1, 2], [1]), bead([], [2]), bead([3], [])], 4, 3)).toBe(true);
  });

  it('rejects gaps, repeats, disorder and shapes that are not allowed', () => {
    expect(isValidAlignment([bead([0], [0]), bead([2], [1])], 3, 2)).toBe(false);
    expect(isValidAlignment([bead([0], [0]), bead([0], [1])], 1, 2)).toBe(false);
    expect(isValidAlignment([bead([1], [0]), bead([0], [1])], 2, 2)).toBe(false);
    expect(isValidAlignment([bead([0, 1, 2], [0, 1])], 3, 2)).toBe(false);
    expect(isValidAlignment([bead([0], [0])], 2, 1)).toBe(false);
  });
});

describe('unpairedBeads', () => {
  it('leaves every segment alone', () => {
    expect(unpairedBeads(1, 2)).toEqual([bead([0], []), bead([], [0]), bead([], [1])]);
  });
});

describe('estimateShapePriors', () => {
  it('moves the priors towards the shapes found, and still sums to one', () => {
    const beads = [...Array.from({ length: 30 }, (_, k) => bead([k], [k])), ...Array.from({ length: 10 }, () => bead([0, 1], [0]))];
    const priors = estimateShapePriors(beads);
    expect(priors['2-1']).toBeGreaterThan(DEFAULT_SHAPE_PRIORS['2-1'] ?? 1);
    expect(priors['1-2']).toBeLessThan(DEFAULT_SHAPE_PRIORS['1-2'] ?? 0);
    expect(priors['3-1']).toBeGreaterThan(0);
    expect(Object.values(priors).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
