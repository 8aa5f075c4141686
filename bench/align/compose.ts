/**
 * Composes two gold alignments that share their source side (fr–en and fr–zh) into one
 * between their targets (en–zh): the pivot sentences are cut wherever both alignments have
 * a bead boundary, and each stretch between two such cuts becomes one bead.
 */
import type { Bead } from '../../lib/align/types';

type Pair = Pick<Bead, 'src' | 'tgt'>;

/** Pivot counts after each bead: where an alignment may be cut. */
function cutPoints(beads: readonly Pair[]): Set<number> {
  const cuts = new Set<number>([0]);
  let covered = 0;
  for (const bead of beads) cuts.add((covered += bead.src.length));
  return cuts;
}

/** The targets of `beads` grouped by the stretch of pivot sentences they belong to. */
function groupTargets(beads: readonly Pair[], starts: readonly number[]): number[][] {
  const groups = starts.map(() => [] as number[]);
  let covered = 0;
  let stretch = 0;
  for (const bead of beads) {
    while (stretch + 1 < starts.length && (starts[stretch + 1] as number) <= covered) stretch++;
    groups[stretch]?.push(...bead.tgt);
    covered += bead.src.length;
  }
  return groups;
}

/**
 * The alignment between the targets of `a` and `b` (the target of `a` becomes the source).
 * @param a gold beads pivot → X
 * @param b gold beads pivot → Y, over the same pivot sentences
 */
export function composeThroughPivot(a: readonly Pair[], b: readonly Pair[]): Bead[] {
  const inB = cutPoints(b);
  const pivots = a.reduce((sum, bead) => sum + bead.src.length, 0);
  const starts = [...cutPoints(a)].filter((cut) => inB.has(cut) && cut < pivots).sort((x, y) => x - y);
  const src = groupTargets(a, starts);
  const tgt = groupTargets(b, starts);
  return starts.map((_, k) => ({ src: src[k] ?? [], tgt: tgt[k] ?? [], cost: 0 }));
}
