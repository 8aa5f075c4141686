/**
 * Scoring an alignment against a gold one, as vecalign's `score.py` (and Bertalign after it)
 * does. Strict: a test bead counts only if the gold has exactly that bead. Lax: it counts if
 * it shares a source and a target segment with some gold bead. Precision is over the test
 * beads (insertions and deletions included: a 1-0 bead is right only if the gold has it);
 * recall is over the gold beads, insertions and deletions left out on both sides.
 */
import type { Bead } from './types';

/** Precision, recall and F1, strict and lax. */
export interface AlignmentScore {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

type Pair = Pick<Bead, 'src' | 'tgt'>;

const keyOf = (bead: Pair) => `${bead.src.join(',')}:${bead.tgt.join(',')}`;
const overlaps = (a: readonly number[], b: readonly number[]) => a.some((x) => b.includes(x));

/** [strict hits, lax hits, beads counted] of `test` against `gold`. */
function hits(gold: readonly Pair[], test: readonly Pair[]): [number, number, number] {
  const exact = new Set(gold.map(keyOf));
  let strict = 0;
  let lax = 0;
  let counted = 0;
  for (const bead of test) {
    if (bead.src.length === 0 && bead.tgt.length === 0) continue;
    counted++;
    if (exact.has(keyOf(bead))) {
      strict++;
      lax++;
    } else if (gold.some((g) => overlaps(bead.src, g.src) && overlaps(bead.tgt, g.tgt))) {
      lax++;
    }
  }
  return [strict, lax, counted];
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/**
 * Scores several alignments together (counts are summed before dividing, as vecalign does).
 * @param pairs each a gold alignment and the alignment under test, of the same texts
 */
export function scoreAlignments(pairs: readonly { gold: readonly Pair[]; test: readonly Pair[] }[]): AlignmentScore {
  let [ps, pl, pn, rs, rl, rn] = [0, 0, 0, 0, 0, 0];
  for (const { gold, test } of pairs) {
    const [s, l, n] = hits(gold, test);
    ps += s;
    pl += l;
    pn += n;
    const paired = (beads: readonly Pair[]) => beads.filter((b) => b.src.length > 0 && b.tgt.length > 0);
    const [s2, l2, n2] = hits(paired(test), paired(gold));
    rs += s2;
    rl += l2;
    rn += n2;
  }
  const strict = { precision: ratio(ps, pn), recall: ratio(rs, rn) };
  const lax = { precision: ratio(pl, pn), recall: ratio(rl, rn) };
  return {
    strict: { ...strict, f1: f1(strict.precision, strict.recall) },
    lax: { ...lax, f1: f1(lax.precision, lax.recall) },
  };
}

/** Scores one alignment against its gold. */
export function scoreAlignment(gold: readonly Pair[], test: readonly Pair[]): AlignmentScore {
  return scoreAlignments([{ gold, test }]);
}
