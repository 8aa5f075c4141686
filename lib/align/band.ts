/**
 * The band of the DP: for each source position i (0…n), the target positions j the path may
 * pass through. It follows the length diagonal (where the share of target characters read
 * equals the share of source characters read), not the index diagonal, so a long sentence on
 * one side against several short ones on the other stays inside it.
 */

/** For each row i in 0…n, the allowed columns lo[i]…hi[i] (both ascending in i). */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
  /** The half-width it was built with. */
  halfWidth: number;
}

function cumulative(lengths: readonly number[]): Float64Array {
  const sums = new Float64Array(lengths.length + 1);
  lengths.forEach((length, k) => (sums[k + 1] = (sums[k] as number) + Math.max(length, 1)));
  return sums;
}

/**
 * The band of half-width `halfWidth` around the length diagonal.
 * @param srcLengths lengths of the source segments (n of them)
 * @param tgtLengths lengths of the target segments (m of them)
 */
export function createBand(srcLengths: readonly number[], tgtLengths: readonly number[], halfWidth: number): Band {
  const n = srcLengths.length;
  const m = tgtLengths.length;
  const src = cumulative(srcLengths);
  const tgt = cumulative(tgtLengths);
  const srcTotal = src[n] as number;
  const tgtTotal = tgt[m] as number;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const share = (src[i] as number) / srcTotal;
    while (j < m && (tgt[j + 1] as number) / tgtTotal <= share) j++;
    // j is the last target position at or before the source share; take the nearer neighbour.
    const next = Math.min(j + 1, m);
    const nearer = share - (tgt[j] as number) / tgtTotal <= (tgt[next] as number) / tgtTotal - share ? j : next;
    const center = i === n ? m : nearer;
    lo[i] = Math.max(0, center - halfWidth);
    hi[i] = Math.min(m, center + halfWidth);
  }
  return { lo, hi, halfWidth };
}

/** Whether the band is the whole table (no need to widen it further). */
export function coversAll(band: Band, m: number): boolean {
  for (let i = 0; i < band.lo.length; i++) if ((band.lo[i] as number) > 0 || (band.hi[i] as number) < m) return false;
  return true;
}

/** Whether a path cell (i, j) lies on an edge of the band that is not an edge of the table. */
export function onInnerEdge(band: Band, i: number, j: number, m: number): boolean {
  const lo = band.lo[i] as number;
  const hi = band.hi[i] as number;
  return (j === lo && lo > 0) || (j === hi && hi < m);
}
