/**
 * Evidence shared by two sides: each segment of one side has weighted items (anchors, or
 * Chinese words), and a segment of the other side supports some of them. A bead's evidence
 * is the weight of the items supported by the union of its other-side segments, so a
 * merge is rewarded only for what it adds. Supports are bitmasks (at most 32 items per
 * segment, the heaviest), cached inside the DP band.
 */

/** Items of one side: weights per segment, and which items segment j of the other side supports. */
export interface EvidenceSide {
  /** Weights of each segment's items (at most 32 per segment). */
  weights: readonly Float64Array[];
  /** Bitmask of the items of segment `i` that segment `j` of the other side supports. */
  supports(i: number, j: number): number;
}

/** Cached lookups of an evidence side over the pairs of a band. */
export interface SupportCache {
  matched(i0: number, i1: number, j0: number, j1: number): number;
}

/** The most items a segment contributes (one bit each in a 32-bit mask). */
export const MAX_ITEMS = 32;

function weightOf(weights: Float64Array, mask: number): number {
  let sum = 0;
  let rest = mask;
  while (rest !== 0) {
    const bit = 31 - Math.clz32(rest & -rest);
    sum += weights[bit] ?? 0;
    rest &= rest - 1;
  }
  return sum;
}

/**
 * A cache of `side.supports(i, j)` for j in `columns(i)` (other pairs are computed each time).
 * @param rows number of segments of the side
 * @param columns the range [from, to] of other-side segments row `i` is compared with
 */
export function createSupportCache(side: EvidenceSide, rows: number, columns: (i: number) => [number, number]): SupportCache {
  const offsets = new Int32Array(rows + 1);
  const starts = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const [from, to] = columns(i);
    starts[i] = from;
    offsets[i + 1] = (offsets[i] as number) + Math.max(0, to - from + 1);
  }
  const total = offsets[rows] as number;
  const masks = new Int32Array(total);
  const known = new Uint8Array(total);

  const support = (i: number, j: number): number => {
    const width = (offsets[i + 1] as number) - (offsets[i] as number);
    const column = j - (starts[i] as number);
    if (column < 0 || column >= width) return side.supports(i, j);
    const cell = (offsets[i] as number) + column;
    if (known[cell] === 0) {
      masks[cell] = side.supports(i, j);
      known[cell] = 1;
    }
    return masks[cell] as number;
  };

  return {
    matched(i0, i1, j0, j1) {
      let sum = 0;
      for (let i = i0; i < i1; i++) {
        const weights = side.weights[i];
        if (!weights || weights.length === 0) continue;
        let mask = 0;
        for (let j = j0; j < j1; j++) mask |= support(i, j);
        sum += weightOf(weights, mask);
      }
      return sum;
    },
  };
}
