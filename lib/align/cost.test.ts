import { describe, expect, it } from 'vitest';
import { createBand } from './band';
import { DEFAULT_SHAPE_PRIORS } from './beads';
import { createBeadCost, type CostOptions } from './cost';
import { createLexicon } from './lexicon';
import { textLength } from './length-model';

const options: CostOptions = {
  srcLang: 'fr',
  tgtLang: 'en',
  lengthModel: { ratio: 1, variance: 6.8 },
  anchors: true,
  robustLength: true,
  shapePriors: DEFAULT_SHAPE_PRIORS,
};

function costOf(src: string[], tgt: string[], overrides: Partial<CostOptions> = {}) {
  const band = createBand(src.map(textLength), tgt.map(textLength), 10);
  return createBeadCost(src, tgt, { ...options, ...overrides }, band);
}

describe('createBeadCost', () => {
  it('makes a pair that shares numbers and names cheaper than one of the same lengths that does not', () => {
    const cost = costOf(
      ['Zhao Ming a gagné 450 000 dollars en 2022.'],
      ['Zhao Ming earned $450,000 in 2022.', 'Wang Wei earned $310,000 in 2019.'],
    );
    expect(cost(0, 1, 0, 1)).toBeLessThan(cost(0, 1, 1, 1) - 5);
  });

  it('rewards a merge only for what the second segment adds', () => {
    const src = ['Qin Tian est parti en 2019.', 'Il est revenu en 2024 chez Nvidia.'];
    const cost = costOf(src, ['Qin Tian left in 2019 and came back to Nvidia in 2024.']);
    const merged = cost(0, 2, 0, 1);
    const split = cost(0, 1, 0, 1) + cost(1, 1, 1, 0);
    expect(merged).toBeLessThan(split);
    const unrelated = costOf(src, ['Qin Tian left in 2019.', 'Shi Qi stayed.']);
    expect(unrelated(0, 1, 0, 1) + unrelated(1, 1, 1, 1)).toBeLessThan(unrelated(0, 2, 0, 2));
  });

  it('charges an unpaired segment by its length', () => {
    const cost = costOf(['Court.', 'Une phrase nettement plus longue que la première, vraiment.'], ['x']);
    expect(cost(0, 1, 0, 0)).toBeLessThan(cost(1, 1, 0, 0));
    expect(cost(1, 1, 0, 0)).toBeGreaterThan(-Math.log(DEFAULT_SHAPE_PRIORS['1-0'] ?? 1));
  });

  it('leaves anchors out when asked', () => {
    const src = ['Zhao Ming a gagné 450 000 dollars en 2022.'];
    const tgt = ['Zhao Ming earned $450,000 in 2022.'];
    expect(costOf(src, tgt, { anchors: false })(0, 1, 0, 1)).toBeGreaterThan(costOf(src, tgt)(0, 1, 0, 1) + 5);
  });

  it('uses the dictionary for zh↔en, whichever side is Chinese', () => {
    const lexicon = createLexicon((word) => ({ 工程师: ['engineer'], 硅谷: ['Silicon Valley'], 很多: ['many'] })[word]);
    const en = ['Many engineers in Silicon Valley.'];
    const zh = ['硅谷很多工程师。'];
    const zhEn = { srcLang: 'zh', tgtLang: 'en', anchors: false };
    const enZh = { srcLang: 'en', tgtLang: 'zh', anchors: false };
    expect(costOf(zh, en, { ...zhEn, lexicon })(0, 1, 0, 1)).toBeLessThan(costOf(zh, en, zhEn)(0, 1, 0, 1) - 1);
    expect(costOf(en, zh, { ...enZh, lexicon })(0, 1, 0, 1)).toBeCloseTo(costOf(zh, en, { ...zhEn, lexicon })(0, 1, 0, 1), 9);
  });
});
