/** Turning the loads of bench:load into the printed tables and the checks. */
import { formatTable, median, ratio } from '../shared/stats';
import type { LoadFigures } from './cannon';

/** Memory of the server's process tree around one round on the reader. */
export interface MemoryRound {
  round: number;
  before: number;
  after: number;
}

/** A labelled load: which server and page. */
export interface LabelledLoad {
  label: string;
  figures: LoadFigures;
}

/** RSS may move a little between rounds (V8's heap, caches): growth under this share counts as not growing. */
export const RSS_TOLERANCE = 0.1;

/** One named check of issue 6, item 6. */
export interface Check {
  name: string;
  holds: boolean;
}

const MB = 1024 * 1024;
const cell = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The loads side by side: requests/s, p50 and p99 latency, errors (timeouts among them), non-2xx and status codes. */
export function loadTable(loads: readonly LabelledLoad[]): string {
  return formatTable([
    ['', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'of which timeouts', 'non-2xx', 'statuses'],
    ...loads.map(({ label, figures: f }) => [
      label,
      cell(f.requestsPerSecond),
      cell(f.p50, 1),
      cell(f.p99, 1),
      String(f.requests),
      String(f.errors),
      String(f.timeouts),
      String(f.non2xx),
      Object.entries(f.statusCodes)
        .map(([code, count]) => `${code}×${count}`)
        .join(' '),
    ]),
  ]);
}

/** Server memory before and after each round, in MB. */
export function memoryTable(rounds: readonly MemoryRound[]): string {
  return formatTable([
    ['round', 'RSS before MB', 'RSS after MB'],
    ...rounds.map((r) => [String(r.round), cell(r.before / MB, 1), cell(r.after / MB, 1)]),
  ]);
}

/** Medians of the reader rounds of next start ÷ the static server's reader load. */
export function staticRatios(rounds: readonly LoadFigures[], staticReader: LoadFigures | undefined): Record<string, number> {
  if (!staticReader) return {};
  return {
    requestsPerSecond: ratio(median(rounds.map((r) => r.requestsPerSecond)), staticReader.requestsPerSecond),
    p50: ratio(median(rounds.map((r) => r.p50)), staticReader.p50),
    p99: ratio(median(rounds.map((r) => r.p99)), staticReader.p99),
  };
}

/** The checks: answers, no error and no non-2xx on the reader in any round; RSS after the last round within the tolerance of after the first. */
export function checkLoad(rounds: readonly LoadFigures[], memory: readonly MemoryRound[]): Check[] {
  const first = memory[0]?.after ?? NaN;
  const last = memory.at(-1)?.after ?? NaN;
  return [
    { name: 'reader: answered in every round (requests > 0)', holds: rounds.length > 0 && rounds.every((r) => r.requests > 0) },
    { name: 'reader: 0 errors in every round', holds: rounds.length > 0 && rounds.every((r) => r.errors === 0) },
    { name: 'reader: 0 non-2xx in every round', holds: rounds.length > 0 && rounds.every((r) => r.non2xx === 0) },
    {
      name: `RSS not growing: after the last round ≤ after the first + ${RSS_TOLERANCE * 100}% (${cell(first / MB, 1)} → ${cell(last / MB, 1)} MB)`,
      holds: memory.length > 1 && last <= first * (1 + RSS_TOLERANCE),
    },
  ];
}
