import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers';

describe('extractNumbers', () => {
  it('reads the ways a translation writes the same large number', () => {
    for (const text of ['450 000 dollars', '450\u202f000 dollars', '$450,000', '450.000 Dollar', '45万美元']) {
      expect(extractNumbers(text)).toEqual(['450000']);
    }
  });

  it('reads multiplier words', () => {
    expect(extractNumbers('18 milliards de dollars')).toEqual(['18000000000']);
    expect(extractNumbers('$18 billion')).toEqual(['18000000000']);
    expect(extractNumbers('180亿美元')).toEqual(['18000000000']);
    expect(extractNumbers('1.5 million')).toEqual(['1500000']);
  });

  it('reads decimals with a period or a comma', () => {
    expect(extractNumbers('GPT-3.5 et 3,5 %')).toEqual(['3.5', '3.5']);
  });

  it('reads percentages, years, ranges and times', () => {
    expect(extractNumbers('38 % en 2022')).toEqual(['38', '2022']);
    expect(extractNumbers('après 2-3. années')).toEqual(['2', '3']);
    expect(extractNumbers('de 10h à 18h')).toEqual(['10', '18']);
    expect(extractNumbers('from 10:00 to 18:30')).toEqual(['10', '18:30']);
  });

  it('leaves digits that belong to a name', () => {
    expect(extractNumbers('A100 et H100, TOP30')).toEqual([]);
  });

  it('keeps consecutive years apart', () => {
    expect(extractNumbers('de 2019 à 2023')).toEqual(['2019', '2023']);
  });
});
