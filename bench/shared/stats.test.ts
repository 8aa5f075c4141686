import { describe, expect, it } from 'vitest';
import { formatTable, median, ratio } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 9, 3, 7])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores missing measurements and is NaN for none', () => {
    expect(median([NaN, 2, 4, 6])).toBe(4);
    expect(median([])).toBeNaN();
  });
});

describe('ratio', () => {
  it('divides by the base and is NaN for a zero base', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
  });
});

describe('formatTable', () => {
  it('pads text left and numbers right under a ruled header', () => {
    expect(
      formatTable([
        ['what', 'reader', 'baseline'],
        ['JS gzip', '120.5', '0'],
        ['score', '98', '100'],
      ]),
    ).toBe(['what     reader  baseline', '-------  ------  --------', 'JS gzip   120.5         0', 'score        98       100'].join('\n'));
  });
});
