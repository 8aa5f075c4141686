import { describe, expect, it } from 'vitest';
import { formatBead, formatBeads, parseBeads } from './bead-format';

describe('bead format', () => {
  it('writes beads as vecalign does', () => {
    expect(formatBead({ src: [1, 2], tgt: [1] })).toBe('[1,2]:[1]');
    expect(
      formatBeads([
        { src: [], tgt: [3] },
        { src: [4], tgt: [] },
      ]),
    ).toBe('[]:[3]\n[4]:[]\n');
  });

  it('reads what it writes, spaces and blank lines allowed', () => {
    expect(parseBeads('[0]:[0]\n\n[1, 2] : [1]\n[]:[2]\n')).toEqual([
      { src: [0], tgt: [0], cost: 0 },
      { src: [1, 2], tgt: [1], cost: 0 },
      { src: [], tgt: [2], cost: 0 },
    ]);
  });

  it('names the line that is not a bead', () => {
    expect(() => parseBeads('[0]:[0]\n0:0\n')).toThrow('line 2');
  });
});
