/** What a page costs on the wire: HTML, CSS and JavaScript bytes, raw and gzipped, fetched from a running server. */
import { gzipSync } from 'node:zlib';
import { parsePageAssets } from './html';

/** A byte count before and after gzip. */
export interface Size {
  raw: number;
  gzip: number;
}

/** One fetched file and its size. */
export interface FileSize extends Size {
  url: string;
}

/** A page's transfer cost by kind; `js` is first-load JavaScript (external scripts and script preloads). */
export interface PageBytes {
  path: string;
  status: number;
  html: Size;
  css: Size;
  js: Size;
  /** The inline React Server Components payload (`self.__next_f.push` scripts), part of `html`. */
  rscPayload: Size;
  scripts: FileSize[];
  stylesheets: FileSize[];
}

/** Sizes `body` raw and gzipped with zlib at level 9 (the same for every server, whatever it sends); nothing is 0 both ways. */
export function sizeOf(body: Buffer | string): Size {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: bytes.length, gzip: bytes.length ? gzipSync(bytes, { level: 9 }).length : 0 };
}

/** Adds sizes up. */
export function total(sizes: readonly Size[]): Size {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
}

async function fetchBytes(url: string): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

async function sizeFiles(origin: string, urls: readonly string[]): Promise<FileSize[]> {
  return Promise.all(
    urls.map(async (url) => {
      const { status, body } = await fetchBytes(new URL(url, origin).href);
      if (status !== 200) throw new Error(`${url} answered ${status} (from ${origin})`);
      return { url, ...sizeOf(body) };
    }),
  );
}

/** Fetches `path` from `origin` and every script and stylesheet it names, and sizes them. */
export async function measurePage(origin: string, path: string): Promise<PageBytes> {
  const { status, body } = await fetchBytes(`${origin}${path}`);
  const assets = parsePageAssets(body.toString('utf8'));
  const [scripts, stylesheets] = await Promise.all([sizeFiles(origin, assets.scripts), sizeFiles(origin, assets.stylesheets)]);
  return {
    path,
    status,
    html: sizeOf(body),
    css: total(stylesheets),
    js: total(scripts),
    rscPayload: sizeOf(assets.rscPayload.join('')),
    scripts,
    stylesheets,
  };
}
