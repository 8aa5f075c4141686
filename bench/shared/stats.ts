/** Medians and ratios: on a shared machine a benchmark reports these, never one bare timing. */

/** The median of `values` (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** `value ÷ base`, NaN when the base is zero or missing. */
export function ratio(value: number, base: number): number {
  return base === 0 || !Number.isFinite(base) ? NaN : value / base;
}

/** Renders rows as a plain-text table, the first row being the header; numbers are right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows.reduce<number[]>((w, row) => row.map((cell, k) => Math.max(w[k] ?? 0, cell.length)), []);
  const line = (row: readonly string[]) =>
    row
      .map((cell, k) => (k > 0 && /^[-\d.,×% ]+$|^–$/u.test(cell) ? cell.padStart(widths[k] ?? 0) : cell.padEnd(widths[k] ?? 0)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return header ? [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n') : '';
}
