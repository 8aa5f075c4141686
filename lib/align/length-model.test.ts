import { describe, expect, it } from 'vitest';
import { DEFAULT_VARIANCE, estimateLengthModel, lengthCost, negLogTwoSidedTail, textLength } from './length-model';

describe('textLength', () => {
  it('counts characters, not spaces or code units', () => {
    expect(textLength(' a b\u00a0c\n')).toBe(3);
    expect(textLength('硅谷')).toBe(2);
    expect(textLength('𠀀x')).toBe(2);
  });
});

describe('estimateLengthModel', () => {
  it('takes the ratio from the totals', () => {
    const src = ['aaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaa', 'aaaaa'];
    const tgt = ['bbbb', 'bbbbbbbb', 'bbbbbb', 'bb'];
    expect(estimateLengthModel(src, tgt).ratio).toBeCloseTo(0.4);
  });

  it('estimates a small variance for pairs that keep the ratio, a larger one for pairs that do not', () => {
    const src = ['a'.repeat(100), 'a'.repeat(200), 'a'.repeat(150), 'a'.repeat(120)];
    const close = estimateLengthModel(src, ['b'.repeat(50), 'b'.repeat(101), 'b'.repeat(74), 'b'.repeat(60)]);
    const loose = estimateLengthModel(src, ['b'.repeat(70), 'b'.repeat(70), 'b'.repeat(110), 'b'.repeat(35)]);
    expect(close.variance).toBeLessThan(loose.variance);
  });

  it('falls back to the default variance when the pairs are unknown', () => {
    const model = estimateLengthModel(['aaaa', 'aaaa'], ['bb']);
    expect(model.ratio).toBeCloseTo(0.25);
    expect(model.variance).toBeCloseTo(DEFAULT_VARIANCE * 0.25 * 0.25);
  });
});

describe('lengthCost', () => {
  it('is zero for a perfect ratio and grows with the difference', () => {
    const model = { ratio: 0.5, variance: 1 };
    expect(lengthCost(100, 50, model)).toBeCloseTo(0, 5);
    expect(lengthCost(100, 60, model)).toBeLessThan(lengthCost(100, 70, model));
    expect(lengthCost(100, 40, model)).toBeGreaterThan(0);
  });

  it('grows linearly beyond two standard deviations unless asked for the plain cost', () => {
    const model = { ratio: 1, variance: 1 };
    const delta = 300 / Math.sqrt(250 + (0.1 * 250) ** 2);
    expect(lengthCost(100, 400, model)).toBeCloseTo(negLogTwoSidedTail(2) + (delta - 2), 6);
    expect(lengthCost(100, 400, model, false)).toBeCloseTo(negLogTwoSidedTail(300 / Math.sqrt(250)), 6);
    expect(lengthCost(100, 400, model, false)).toBeGreaterThan(3 * lengthCost(100, 400, model));
  });
});

describe('negLogTwoSidedTail', () => {
  it('matches the normal distribution', () => {
    expect(negLogTwoSidedTail(0)).toBeCloseTo(0, 5);
    expect(negLogTwoSidedTail(1.96)).toBeCloseTo(-Math.log(0.05), 3);
    expect(negLogTwoSidedTail(-1.96)).toBeCloseTo(-Math.log(0.05), 3);
  });

  it('stays finite far in the tail', () => {
    expect(Number.isFinite(negLogTwoSidedTail(60))).toBe(true);
    expect(negLogTwoSidedTail(60)).toBeGreaterThan(negLogTwoSidedTail(30));
  });
});
