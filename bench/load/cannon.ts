/** One autocannon load on one URL, reduced to the figures bench:load reports. */
import autocannon, { type Result } from 'autocannon';

/** What one load measured: throughput, latency percentiles (ms) and what went wrong. */
export interface LoadFigures {
  url: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Status code → responses. */
  statusCodes: Record<string, number>;
}

/** Figures of an autocannon result (requests/s is the mean of the per-second samples). */
export function figuresOf(url: string, connections: number, result: Result): LoadFigures {
  return {
    url,
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])),
  };
}

/** A request unanswered after this many seconds counts as an error (autocannon's own default, made explicit). */
export const TIMEOUT_SECONDS = 10;

/** Loads `url` with `connections` connections for `seconds` seconds. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  return figuresOf(url, connections, await autocannon({ url, connections, duration: seconds, timeout: TIMEOUT_SECONDS }));
}
