/**
 * Aligning two lists of segments (sentences, or paragraphs): bead costs (cost.ts), the DP
 * in a band around the length diagonal (dp.ts), backtracking (backtrack.ts).
 *
 * Complexity: O((n + m)·W) time and memory for n and m segments and a band half-width W
 * (24 by default). When the best path runs along an edge of the band, the band may be cutting
 * off a better path: the DP is run again with W doubled, until the path stays inside or the
 * band covers the whole table (so a text with a long omission costs a few more passes, and
 * at worst O(n·m)). Long lists are aligned twice: the second pass uses the length model
 * and shape priors re-estimated from the first (those the caller did not give).
 */
import { backtrack } from './backtrack';
import { BEAD_SHAPES, DEFAULT_SHAPE_PRIORS, estimateShapePriors, shapePenalty, unpairedBeads, type ShapePriors } from './beads';
import { coversAll, createBand, onInnerEdge } from './band';
import { createBeadCost, type CostOptions } from './cost';
import { fillTable, type GapDiscount } from './dp';
import { estimateLengthModel, textLength } from './length-model';
import type { AlignOptions, Bead } from './types';

/** Default half-width of the band, in segments. */
export const DEFAULT_BAND_WIDTH = 24;

// A passage left out is one event: each segment after the first costs −ln(0.3) instead of
// the full deletion prior (the chance that an omission goes on to the next segment).
const GAP_EXTENSION_COST = -Math.log(0.3);

function gapDiscount(priors: ShapePriors): GapDiscount {
  const discount = (key: string) => Math.max(0, shapePenalty(priors[key] ?? 1) - GAP_EXTENSION_COST);
  return { src: discount('1-0'), tgt: discount('0-1') };
}

// Below this many segments in all, one alignment says too little to re-estimate shape priors.
const MIN_SEGMENTS_TO_REESTIMATE = 40;

function alignOnce(
  src: readonly string[],
  tgt: readonly string[],
  lengths: [number[], number[]],
  costOptions: CostOptions,
  bandWidth: number,
): Bead[] {
  const [srcLengths, tgtLengths] = lengths;
  const n = src.length;
  const m = tgt.length;
  let halfWidth = Math.max(1, bandWidth);
  for (;;) {
    const band = createBand(srcLengths, tgtLengths, halfWidth);
    const table = fillTable(n, m, band, BEAD_SHAPES, createBeadCost(src, tgt, costOptions, band), gapDiscount(costOptions.shapePriors));
    const path = backtrack(table, BEAD_SHAPES);
    const whole = coversAll(band, m);
    if (path && (whole || !path.cells.some(([i, j]) => onInnerEdge(band, i, j, m)))) return path.beads;
    // Only reached if no path exists even over the whole table, which 1-0 and 0-1 beads rule out.
    if (whole) return unpairedBeads(n, m);
    halfWidth *= 2;
  }
}

function alignSegments(src: readonly string[], tgt: readonly string[], options: AlignOptions): Bead[] {
  if (src.length === 0 || tgt.length === 0) return unpairedBeads(src.length, tgt.length);
  const costOptions: CostOptions = {
    srcLang: options.srcLang,
    tgtLang: options.tgtLang,
    lengthModel: options.lengthModel ?? estimateLengthModel([src.join('')], [tgt.join('')]),
    anchors: options.anchors ?? true,
    lexicon: options.lexicon,
    robustLength: options.robustLength ?? true,
    shapePriors: options.shapePriors ?? DEFAULT_SHAPE_PRIORS,
  };
  const bandWidth = options.bandWidth ?? DEFAULT_BAND_WIDTH;
  const lengths: [number[], number[]] = [src.map(textLength), tgt.map(textLength)];
  const beads = alignOnce(src, tgt, lengths, costOptions, bandWidth);
  const reestimate = src.length + tgt.length >= MIN_SEGMENTS_TO_REESTIMATE;
  if (!reestimate || (options.shapePriors && options.lengthModel)) return beads;
  // Viterbi training, one step: what the first pass found sets the model of the second.
  const paired = beads.filter((bead) => bead.src.length > 0 && bead.tgt.length > 0);
  const text = (segments: readonly string[], indexes: number[]) => indexes.map((k) => segments[k] ?? '').join(' ');
  return alignOnce(
    src,
    tgt,
    lengths,
    {
      ...costOptions,
      lengthModel:
        options.lengthModel ??
        estimateLengthModel(
          paired.map((b) => text(src, b.src)),
          paired.map((b) => text(tgt, b.tgt)),
        ),
      shapePriors: options.shapePriors ?? estimateShapePriors(beads),
    },
    bandWidth,
  );
}

/**
 * Aligns the sentences of a paragraph (or of any stretch of text) with their translation.
 * @param src source sentences, in order
 * @param tgt target sentences, in order
 * @param options languages; a length model estimated over the whole document is better than
 *   the default (estimated from these two lists alone); `lexicon` for zh↔en
 * @returns beads in order, covering every sentence exactly once
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], options: AlignOptions): Bead[] {
  return alignSegments(src, tgt, options);
}

/**
 * Aligns the paragraphs of a document with those of its translation, so that a translation
 * that split or merged paragraphs still lines up. Same model as `alignSentences`, with
 * paragraphs as segments.
 */
export function alignParagraphs(src: readonly string[], tgt: readonly string[], options: AlignOptions): Bead[] {
  return alignSegments(src, tgt, options);
}
