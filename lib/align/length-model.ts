/**
 * The Gale–Church length model, in characters. A translation's length is about `ratio` times
 * its source's, with a spread that grows with the length. Both are estimated from the texts
 * being aligned: fr→zh is about 0.4 (Chinese needs fewer characters), fr→en about 0.9.
 */
import type { LengthModel } from './types';

/** Gale and Church's variance per character for closely related languages, at ratio 1. */
export const DEFAULT_VARIANCE = 6.8;
// Median of a chi-square variable with one degree of freedom: turns a median into a variance.
const CHI2_MEDIAN = 0.454936;

/** The non-ASCII characters JavaScript's \s matches. */
function isWideSpace(unit: number): boolean {
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** Length of a text in characters, spaces not counted (Chinese has none, French many). */
export function textLength(text: string): number {
  let length = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    // Skip whitespace, and the second half of a character outside the BMP.
    if (unit <= 0x20 || (unit >= 0xdc00 && unit <= 0xdfff)) continue;
    if (unit >= 0x85 && isWideSpace(unit)) continue;
    length++;
  }
  return length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Estimates the length model from texts that translate each other: `srcTexts[i]` ↔ `tgtTexts[i]`
 * (paragraphs of a document, say). The ratio is total target over total source length; the
 * variance comes from the pairs, robustly (a median, so a few bad pairs do not inflate it).
 * With fewer than three usable pairs, or lists of different lengths (pairs unknown), the
 * variance is 6.8·ratio² (Gale and Church's value in target units).
 */
export function estimateLengthModel(srcTexts: readonly string[], tgtTexts: readonly string[]): LengthModel {
  const src = srcTexts.map(textLength);
  const tgt = tgtTexts.map(textLength);
  const srcTotal = src.reduce((a, b) => a + b, 0);
  const tgtTotal = tgt.reduce((a, b) => a + b, 0);
  const ratio = srcTotal > 0 && tgtTotal > 0 ? tgtTotal / srcTotal : 1;
  const fallback = { ratio, variance: DEFAULT_VARIANCE * ratio * ratio };
  if (src.length !== tgt.length) return fallback;
  const spreads: number[] = [];
  src.forEach((s, i) => {
    const t = tgt[i] as number;
    if (s > 0 && t > 0) spreads.push((t - ratio * s) ** 2 / meanLength(s, t, ratio));
  });
  if (spreads.length < 3) return fallback;
  return { ratio, variance: Math.max(median(spreads) / CHI2_MEDIAN, 0.05 * fallback.variance) };
}

/** Source-side length of a bead, averaged over both sides so neither dominates. */
function meanLength(srcLength: number, tgtLength: number, ratio: number): number {
  return (srcLength + tgtLength / ratio) / 2;
}

/**
 * −log of the two-sided tail 2·(1 − Φ(|x|)) of the standard normal, computed in log space
 * (Chebyshev fit of erfc, relative error below 1.2e-7) so that large |x| stays finite.
 */
export function negLogTwoSidedTail(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) - z * z + poly);
}

// Beyond this many standard deviations the robust cost grows linearly, by TAIL_SLOPE per unit.
const TAIL_START = 2;
const TAIL_SLOPE = 1;
// Translators also stretch or shrink a text by a few percent whatever its length: a spread
// proportional to the length (fixed, not estimated) keeps long paragraphs from looking like
// outliers for a small relative difference.
const RELATIVE_SPREAD = 0.1;

/**
 * Gale–Church cost of pairing `srcLength` with `tgtLength` characters: how unlikely the
 * length difference is under the model (0 when the lengths match the ratio exactly). The
 * spread is √(variance·length + (10%·ratio·length)²): Gale and Church's, plus a part
 * proportional to the length.
 * @param robust add the proportional spread and grow linearly, not quadratically, beyond two
 *   standard deviations, so that other evidence can still outweigh a translation much longer
 *   or shorter than usual; false gives Gale and Church's cost
 */
export function lengthCost(srcLength: number, tgtLength: number, model: LengthModel, robust = true): number {
  const mean = meanLength(srcLength, tgtLength, model.ratio);
  if (mean <= 0) return 0;
  const relative = robust ? (RELATIVE_SPREAD * model.ratio * mean) ** 2 : 0;
  const delta = Math.abs(tgtLength - model.ratio * srcLength) / Math.sqrt(model.variance * mean + relative);
  if (!robust || delta <= TAIL_START) return negLogTwoSidedTail(delta);
  return negLogTwoSidedTail(TAIL_START) + TAIL_SLOPE * (delta - TAIL_START);
}
