import { describe, expect, it } from 'vitest';
import { missingNumbers, numbersIn, westernDigits } from './numbers';

describe('numbersIn', () => {
  it('reads French grouping, decimals, percentages and scale words', () => {
    expect(numbersIn('450 000 dollars, 38 %, 3,5 et 18 milliards')).toEqual([
      { text: '450 000', values: [450000] },
      { text: '38', values: [38] },
      { text: '3,5', values: [3.5] },
      { text: '18', values: [18, 18e9] },
    ]);
  });

  it('reads English and German grouping', () => {
    expect(numbersIn('$450,000 and 3,000').map((n) => n.values)).toEqual([[450000], [3000]]);
    expect(numbersIn('450.000 Dollar, GPT-3.5').map((n) => n.values)).toEqual([[450000], [3.5]]);
  });

  it('reads 万 and 亿 after digits, and Chinese numerals', () => {
    expect(numbersIn('年薪45万美元，估值超过180亿美元').map((n) => n.values)).toEqual([
      [45, 450000],
      [180, 18e9],
    ]);
    expect(numbersIn('百模大战，三千家').map((n) => n.values)).toEqual([[100], [3000]]);
  });

  it('reads Devanagari and full-width digits', () => {
    expect(westernDigits('२०२४ ２０２２')).toBe('2024 2022');
    expect(numbersIn('२०२४').map((n) => n.values)).toEqual([[2024]]);
  });
});

describe('missingNumbers', () => {
  it('accepts every way of writing the same amount', () => {
    const fr = 'un salaire annuel de 450 000 dollars, 31 % en 2022, 18 milliards de dollars';
    expect(missingNumbers(fr, 'a $450,000 salary, 31% in 2022, $18 billion')).toEqual([]);
    expect(missingNumbers(fr, '年薪45万美元，2022年占31%，180亿美元')).toEqual([]);
    expect(missingNumbers(fr, '450.000 Dollar, 31 % im Jahr 2022, 18 Milliarden Dollar')).toEqual([]);
  });

  it('names each number that is missing', () => {
    expect(missingNumbers('En 2019, 27 % et 31 %.', 'In 2019, 27 %.')).toEqual(['31']);
    expect(missingNumbers('près de 3 000 startups', 'nearly 300 startups')).toEqual(['3 000']);
  });
});
