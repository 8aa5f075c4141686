/**
 * The baseline page, the physical limit the reader is compared with: the reader's own HTML for a
 * path, fetched from `next start`, with every <script> (external, inline, the RSC payload) and every
 * script preload removed, and nothing else changed. So it holds exactly the same two texts, markup
 * and CSS, without JavaScript. It is written as index.html in a folder together with the
 * stylesheets, icons and fonts it links to (same paths), to be served by a plain static server.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePageAssets, stripJavaScript, stylesheetUrls } from './html';

async function download(origin: string, url: string, dir: string): Promise<Buffer> {
  const response = await fetch(new URL(url, origin));
  if (!response.ok) throw new Error(`baseline: ${url} answered ${response.status} (from ${origin})`);
  const body = Buffer.from(await response.arrayBuffer());
  const file = path.join(dir, decodeURIComponent(new URL(url, origin).pathname));
  if (!file.startsWith(dir + path.sep)) throw new Error(`baseline: ${url} points outside the baseline folder`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  return body;
}

/** Writes the baseline of `pagePath` (served by `origin`) into `dir`, emptied first; returns its HTML. */
export async function writeBaseline(origin: string, pagePath: string, dir: string): Promise<string> {
  const response = await fetch(`${origin}${pagePath}`);
  if (!response.ok) throw new Error(`baseline: ${pagePath} answered ${response.status} (from ${origin})`);
  const html = stripJavaScript(await response.text());
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), html);
  const assets = parsePageAssets(html);
  for (const url of assets.otherLinks.filter((u) => u.startsWith('/') && !u.startsWith('//'))) await download(origin, url, dir);
  for (const url of assets.stylesheets) {
    const css = (await download(origin, url, dir)).toString('utf8');
    for (const ref of stylesheetUrls(css)) await download(origin, new URL(ref, new URL(url, origin)).pathname, dir);
  }
  return html;
}
