/**
 * The bead format of vecalign and Bertalign gold files: one bead a line, 0-based indexes,
 * `[0]:[0]`, `[1,2]:[1]`, `[]:[3]`, `[4]:[]`.
 */
import type { Bead } from './types';

/** One bead as a line of the gold format. */
export function formatBead(bead: Pick<Bead, 'src' | 'tgt'>): string {
  return `[${bead.src.join(',')}]:[${bead.tgt.join(',')}]`;
}

/** Beads as the text of a gold file (one a line, with a final newline). */
export function formatBeads(beads: readonly Pick<Bead, 'src' | 'tgt'>[]): string {
  return beads.map((bead) => `${formatBead(bead)}\n`).join('');
}

const LINE = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/u;

function indexes(list: string): number[] {
  return list.trim() === '' ? [] : list.split(',').map((item) => Number(item.trim()));
}

/**
 * Reads a gold file. Blank lines are skipped.
 * @throws Error naming the line that is not a bead
 */
export function parseBeads(text: string): Bead[] {
  const beads: Bead[] = [];
  text.split(/\r?\n/u).forEach((raw, k) => {
    const line = raw.trim();
    if (!line) return;
    const match = LINE.exec(line);
    if (!match) throw new Error(`line ${k + 1}: "${line}" is not a bead such as [1,2]:[3]`);
    beads.push({ src: indexes(match[1] ?? ''), tgt: indexes(match[2] ?? ''), cost: 0 });
  });
  return beads;
}
