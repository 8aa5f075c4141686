/** Lighthouse 12 runs through its Node API, in Debian's Chromium: default config, i.e. mobile emulation and throttling. */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from '../../e2e/chromium';

const CHROMIUM = process.env.CHROME_PATH ?? DEBIAN_CHROMIUM;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** One Lighthouse run's figures; a score is 0–100, times in ms. */
export interface LighthouseRun {
  performance: number;
  accessibility: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that lost points: accessibility ones that failed, performance ones scoring under 0.9. */
  failing: string[];
  /** The LCP element and each element that shifted (with its share of CLS), for whoever fixes them. */
  findings: string[];
}

/** A Chromium that Lighthouse drives, started once for all runs. */
export interface Browser {
  port: number;
  close: () => void;
}

/** Starts headless Chromium; throws with a hint when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROME_PATH`);
  }
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  return { port: chrome.port, close: () => chrome.kill() };
}

/** The audits of `category` that lost points (score under `below`), as "id (title)". */
function losing(lhr: Result, category: string, below: number): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit !== undefined && audit.score !== null && audit.score < below)
    .map((audit) => `${category}: ${audit?.id} (${audit?.title})`);
}

/** The elements named in an audit's details (CSS selector and a short snippet), in order. */
export function namedNodes(details: unknown): string[] {
  if (Array.isArray(details)) return details.flatMap(namedNodes);
  if (typeof details !== 'object' || details === null) return [];
  const record = details as Record<string, unknown>;
  if (record.type === 'node' && typeof record.selector === 'string') {
    const snippet = typeof record.snippet === 'string' ? ` ${record.snippet.slice(0, 80)}` : '';
    return [`${record.selector}${snippet}`];
  }
  return Object.values(record).flatMap(namedNodes);
}

function findingsOf(lhr: Result): string[] {
  const shifts = (lhr.audits['layout-shifts']?.details as { items?: { node?: unknown; score?: number }[] } | undefined)?.items ?? [];
  return [
    ...namedNodes(lhr.audits['largest-contentful-paint-element']?.details)
      .slice(0, 1)
      .map((node) => `LCP element: ${node}`),
    ...shifts.map((item) => `layout shift ${(item.score ?? NaN).toFixed(3)}: ${namedNodes(item.node)[0] ?? '(element not found)'}`),
  ];
}

/** Figures of one Lighthouse report, 0–100 scores and ms. Throws when Lighthouse could not load the page. */
export function figuresOf(lhr: Result): LighthouseRun {
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not measure ${lhr.requestedUrl}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing: [...losing(lhr, 'performance', 0.9), ...losing(lhr, 'accessibility', 1)],
    findings: findingsOf(lhr),
  };
}

/** Runs Lighthouse once on `url` (performance and accessibility); a 404 page is measured like any other. */
export async function runLighthouse(browser: Browser, url: string): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port: browser.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ignoreStatusCode: true,
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  return figuresOf(result.lhr);
}
