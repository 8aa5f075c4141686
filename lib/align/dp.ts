/**
 * Dynamic programming over the band: cost(i, j) is the cheapest way to align the first i
 * source and the first j target segments. Three layers tell how that way ends: with a
 * deletion (1-0), an insertion (0-1) or anything else, so that a run of deletions (a passage
 * the translator left out) pays the opening cost once and a cheaper cost per further
 * segment (affine gaps, as in Gotoh's algorithm).
 *
 * Complexity: with n source and m target segments, a band of half-width W and S shapes
 * (8), time is O((n + 1)·(2W + 1)·S) bead costs and memory O((n + 1)·(2W + 1)) cells
 * (three floats and three bytes each): linear in the length of the texts for a fixed W.
 */
import type { Band } from './band';
import type { BeadShape } from './types';

/** Cost of a bead over source segments i…i+di−1 and target segments j…j+dj−1. */
export type BeadCost = (i: number, di: number, j: number, dj: number) => number;

/** How much cheaper a deletion after a deletion (src) or an insertion after an insertion (tgt) is. */
export interface GapDiscount {
  src: number;
  tgt: number;
}

/** The layer a bead of this shape ends in: 1 deletion, 2 insertion, 0 anything else. */
export function layerOf(shape: BeadShape): number {
  return shape.tgt === 0 ? 1 : shape.src === 0 ? 2 : 0;
}

/** The filled table. Layer k of cell c is at index k·size + c. */
export interface DpTable {
  n: number;
  m: number;
  band: Band;
  /** Cells in one layer. */
  size: number;
  /** Start of row i in a layer. */
  rowStart: Int32Array;
  cost: Float64Array;
  /** (shape index + 1) | (previous layer << 4); 0 where nothing arrives. */
  back: Uint8Array;
}

/** Index of cell (i, j) in a layer, or −1 when it is outside the band. */
export function cellIndex(table: Pick<DpTable, 'band' | 'rowStart' | 'n'>, i: number, j: number): number {
  if (i < 0 || i > table.n) return -1;
  const lo = table.band.lo[i] as number;
  if (j < lo || j > (table.band.hi[i] as number)) return -1;
  return (table.rowStart[i] as number) + j - lo;
}

/**
 * Fills the table row by row.
 * @param shapes the allowed bead shapes (at most 15)
 * @param beadCost cost of a bead of a shape at a position (including the shape's prior)
 * @param gapDiscount taken off a deletion that follows a deletion, an insertion that follows an insertion
 */
export function fillTable(
  n: number,
  m: number,
  band: Band,
  shapes: readonly BeadShape[],
  beadCost: BeadCost,
  gapDiscount: GapDiscount = { src: 0, tgt: 0 },
): DpTable {
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = (rowStart[i] as number) + (band.hi[i] as number) - (band.lo[i] as number) + 1;
  const size = rowStart[n + 1] as number;
  const table: DpTable = { n, m, band, size, rowStart, cost: new Float64Array(3 * size).fill(Infinity), back: new Uint8Array(3 * size) };
  const origin = cellIndex(table, 0, 0);
  if (origin < 0) return table;
  table.cost[origin] = 0;
  const discounts = [0, gapDiscount.src, gapDiscount.tgt];

  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i] as number; j <= (band.hi[i] as number); j++) {
      if (i === 0 && j === 0) continue;
      const cell = cellIndex(table, i, j);
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s] as BeadShape;
        const from = cellIndex(table, i - shape.src, j - shape.tgt);
        if (from < 0) continue;
        const layer = layerOf(shape);
        let bead = NaN;
        for (let previous = 0; previous < 3; previous++) {
          const before = table.cost[previous * size + from] as number;
          if (before === Infinity) continue;
          if (Number.isNaN(bead)) bead = beadCost(i - shape.src, shape.src, j - shape.tgt, shape.tgt);
          const total = before + bead - (previous === layer ? (discounts[layer] as number) : 0);
          if (total < (table.cost[layer * size + cell] as number)) {
            table.cost[layer * size + cell] = total;
            table.back[layer * size + cell] = (s + 1) | (previous << 4);
          }
        }
      }
    }
  }
  return table;
}
