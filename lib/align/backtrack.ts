/**
 * Backtracking: from the last cell of a filled DP table back to the first, reading the
 * shape and previous layer stored in each cell, to the ordered list of beads.
 */
import { cellIndex, type DpTable } from './dp';
import type { Bead, BeadShape } from './types';

/** The beads of the best path, with the cells it went through, or undefined when no path reaches (n, m). */
export function backtrack(table: DpTable, shapes: readonly BeadShape[]): { beads: Bead[]; cells: [number, number][] } | undefined {
  let i = table.n;
  let j = table.m;
  let cell = cellIndex(table, i, j);
  if (cell < 0) return undefined;
  const costAt = (layer: number, at: number) => table.cost[layer * table.size + at] as number;
  let layer = [0, 1, 2].reduce((best, k) => (costAt(k, cell) < costAt(best, cell) ? k : best), 0);
  if (costAt(layer, cell) === Infinity) return undefined;

  const beads: Bead[] = [];
  const cells: [number, number][] = [[i, j]];
  while (i > 0 || j > 0) {
    const code = table.back[layer * table.size + cell] as number;
    const shape = shapes[(code & 15) - 1];
    if (!shape) return undefined;
    const previous = code >> 4;
    const [fromI, fromJ] = [i - shape.src, j - shape.tgt];
    const from = cellIndex(table, fromI, fromJ);
    if (from < 0) return undefined;
    beads.push({
      src: Array.from({ length: shape.src }, (_, k) => fromI + k),
      tgt: Array.from({ length: shape.tgt }, (_, k) => fromJ + k),
      cost: costAt(layer, cell) - costAt(previous, from),
    });
    [i, j, cell, layer] = [fromI, fromJ, from, previous];
    cells.push([i, j]);
  }
  return { beads: beads.reverse(), cells: cells.reverse() };
}
