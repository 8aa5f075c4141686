/**
 * Bead shapes the aligner may use, and their prior costs. Most sentences translate one to
 * one; splits and merges are rarer, deletions rarer still (Gale and Church's counts, with
 * 1-3 and 3-1 added below 2-2 and the sum brought back to 1).
 */
import type { Bead, BeadShape } from './types';

/** The allowed shapes, with the prior probability of each. */
export const BEAD_SHAPES: readonly (BeadShape & { prior: number })[] = [
  { src: 1, tgt: 1, prior: 0.882 },
  { src: 1, tgt: 0, prior: 0.005 },
  { src: 0, tgt: 1, prior: 0.005 },
  { src: 2, tgt: 1, prior: 0.0445 },
  { src: 1, tgt: 2, prior: 0.0445 },
  { src: 2, tgt: 2, prior: 0.011 },
  { src: 3, tgt: 1, prior: 0.004 },
  { src: 1, tgt: 3, prior: 0.004 },
];

/** Prior probability of each shape, keyed by `shapeOf` ("1-1", "2-1", …). */
export type ShapePriors = Readonly<Record<string, number>>;

/** The default priors (Gale and Church's, see BEAD_SHAPES). */
export const DEFAULT_SHAPE_PRIORS: ShapePriors = Object.fromEntries(BEAD_SHAPES.map((s) => [`${s.src}-${s.tgt}`, s.prior]));

/**
 * Priors re-estimated from an alignment (one step of Viterbi training): the share of each
 * shape among `beads`, smoothed towards the defaults by `pseudoCount` imaginary beads.
 * A translator who merges sentences often makes merges cheaper for the rest of the text.
 */
export function estimateShapePriors(beads: readonly Pick<Bead, 'src' | 'tgt'>[], pseudoCount = 20): ShapePriors {
  const counts = new Map<string, number>();
  for (const bead of beads) counts.set(shapeOf(bead), (counts.get(shapeOf(bead)) ?? 0) + 1);
  const total = beads.length + pseudoCount;
  return Object.fromEntries(
    BEAD_SHAPES.map((s) => {
      const key = `${s.src}-${s.tgt}`;
      return [key, ((counts.get(key) ?? 0) + pseudoCount * s.prior) / total];
    }),
  );
}

/** The cost of a shape before any evidence: −log of its prior. */
export function shapePenalty(prior: number): number {
  return -Math.log(prior);
}

/** `"1-2"`: a bead's shape as people write it. */
export function shapeOf(bead: Pick<Bead, 'src' | 'tgt'>): string {
  return `${bead.src.length}-${bead.tgt.length}`;
}

/** Beads that leave every segment alone: used when one side is empty. */
export function unpairedBeads(srcCount: number, tgtCount: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < srcCount; i++) beads.push({ src: [i], tgt: [], cost: 0 });
  for (let j = 0; j < tgtCount; j++) beads.push({ src: [], tgt: [j], cost: 0 });
  return beads;
}

/**
 * Whether beads cover `srcCount` and `tgtCount` segments exactly once, in order, with an
 * allowed shape.
 */
export function isValidAlignment(beads: readonly Bead[], srcCount: number, tgtCount: number): boolean {
  let nextSrc = 0;
  let nextTgt = 0;
  for (const bead of beads) {
    if (!BEAD_SHAPES.some((s) => s.src === bead.src.length && s.tgt === bead.tgt.length)) return false;
    for (const i of bead.src) if (i !== nextSrc++) return false;
    for (const j of bead.tgt) if (j !== nextTgt++) return false;
  }
  return nextSrc === srcCount && nextTgt === tgtCount;
}
