import { describe, expect, it } from 'vitest';
import { scoreAlignment, scoreAlignments } from './score';

const b = (src: number[], tgt: number[]) => ({ src, tgt, cost: 0 });
const gold = [b([0], [0]), b([1, 2], [1]), b([3], [2]), b([4], [])];

describe('scoreAlignment', () => {
  it('gives 1 for the gold itself', () => {
    const score = scoreAlignment(gold, gold);
    expect(score.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(score.lax).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts exact beads strictly and overlapping beads laxly', () => {
    const test = [b([0], [0]), b([1], [1]), b([2], []), b([3, 4], [2])];
    const score = scoreAlignment(gold, test);
    // Precision over the 4 test beads: [0]:[0] exact; [1]:[1] and [3,4]:[2] overlap gold; [2]:[] does not.
    expect(score.strict.precision).toBeCloseTo(1 / 4);
    expect(score.lax.precision).toBeCloseTo(3 / 4);
    // Recall over the 3 gold beads with both sides: only [0]:[0] is found exactly; all overlap.
    expect(score.strict.recall).toBeCloseTo(1 / 3);
    expect(score.lax.recall).toBeCloseTo(1);
    expect(score.strict.f1).toBeCloseTo((2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3));
  });

  it('credits a deletion only when the gold has it', () => {
    expect(scoreAlignment(gold, [b([0], [0]), b([1, 2], [1]), b([3], [2]), b([4], [])]).strict.precision).toBe(1);
    expect(scoreAlignment(gold, [b([0], [0]), b([1, 2], [1]), b([3, 4], [2])]).strict.precision).toBeCloseTo(2 / 3);
  });
});

describe('scoreAlignments', () => {
  it('sums the counts before dividing', () => {
    const score = scoreAlignments([
      { gold: [b([0], [0])], test: [b([0], [0])] },
      { gold: [b([0], [0]), b([1], [1]), b([2], [2])], test: [b([0, 1, 2], [0, 1, 2])] },
    ]);
    expect(score.strict.precision).toBeCloseTo(1 / 2);
    expect(score.strict.recall).toBeCloseTo(1 / 4);
  });
});
