/**
 * The cost of a bead: its shape's prior, the Gale–Church length cost, minus the evidence
 * that its two sides translate each other (terms.ts: anchors both ways, and for zh↔en the
 * Chinese words whose dictionary translations occur on the English side).
 */
import { BEAD_SHAPES, shapePenalty, type ShapePriors } from './beads';
import type { Band } from './band';
import type { BeadCost } from './dp';
import { lengthCost, textLength } from './length-model';
import { isChineseEnglish } from './lexicon';
import { anchorTerm, dictionaryTerm, remember, type EvidenceTerm } from './terms';
import type { LengthModel, Lexicon } from './types';

/** What the cost of a bead is made of. */
export interface CostOptions {
  srcLang: string;
  tgtLang: string;
  lengthModel: LengthModel;
  anchors: boolean;
  lexicon?: Lexicon;
  robustLength: boolean;
  shapePriors: ShapePriors;
}

/** How much one unit of evidence lowers a bead's cost (a 1-1 bead's prior costs about 0.1). */
export const EVIDENCE_WEIGHTS = { anchor: 1, dictionary: 0.5 };
// Translators leave out short bits more often than long sentences: an unpaired segment costs
// one more unit per this many characters (in source units).
const UNPAIRED_CHARS_PER_UNIT = 60;

/**
 * The bead cost function for two lists of segments, with support caches sized to `band`.
 */
export function createBeadCost(src: readonly string[], tgt: readonly string[], options: CostOptions, band: Band): BeadCost {
  const srcPrefix = remember(src, 'length-sums', () => prefixSums(src.map(textLength)));
  const tgtPrefix = remember(tgt, 'length-sums', () => prefixSums(tgt.map(textLength)));
  const penalties = new Float64Array(16).fill(Infinity);
  for (const s of BEAD_SHAPES) penalties[s.src * 4 + s.tgt] = shapePenalty(options.shapePriors[`${s.src}-${s.tgt}`] ?? s.prior);
  const terms: [EvidenceTerm, number][] = [];
  if (options.anchors) terms.push([anchorTerm(src, tgt, options, band), EVIDENCE_WEIGHTS.anchor]);
  if (options.lexicon && isChineseEnglish(options.srcLang, options.tgtLang)) {
    terms.push([dictionaryTerm(src, tgt, options, band, options.lexicon), EVIDENCE_WEIGHTS.dictionary]);
  }

  return (i, di, j, dj) => {
    let cost = penalties[di * 4 + dj] ?? Infinity;
    const srcLength = (srcPrefix[i + di] as number) - (srcPrefix[i] as number);
    const tgtLength = (tgtPrefix[j + dj] as number) - (tgtPrefix[j] as number);
    if (di === 0 || dj === 0) return cost + (srcLength + tgtLength / options.lengthModel.ratio) / UNPAIRED_CHARS_PER_UNIT;
    cost += lengthCost(srcLength, tgtLength, options.lengthModel, options.robustLength);
    for (const [term, weight] of terms) cost -= weight * term(i, di, j, dj);
    return cost;
  };
}

function prefixSums(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  values.forEach((value, k) => (sums[k + 1] = (sums[k] as number) + value));
  return sums;
}
