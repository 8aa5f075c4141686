/** Reading a page's HTML as the browser would fetch it: which scripts, stylesheets and preloads it names, and its inline RSC payload. */

/** A start tag's attributes, names lower-cased; a bare attribute has the value ''. */
export function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const body = tag.replace(/^<[a-z]+/iu, '').replace(/\/?>$/u, '');
  for (const match of body.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu)) {
    const name = match[1]?.toLowerCase();
    if (name) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/gu, '&')
    .replace(/&quot;/gu, '"')
    .replace(/&#x27;|&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>');
}

/** What a page loads: external scripts and module preloads (its JavaScript), stylesheets, and other links worth copying (icons, fonts). */
export interface PageAssets {
  /** `<script src>` and `<link rel=modulepreload>` / `<link rel=preload as=script>` URLs, deduplicated, in page order. */
  scripts: string[];
  /** `<link rel=stylesheet>` URLs, deduplicated. */
  stylesheets: string[];
  /** Other `<link href>` the page fetches (icons, preloaded fonts or images). */
  otherLinks: string[];
  /** The text of every inline `<script>` that pushes the React Server Components payload (`self.__next_f.push`). */
  rscPayload: string[];
  /** The text of the other inline scripts. */
  otherInlineScripts: string[];
}

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/giu;
const LINK = /<link\b[^>]*>/giu;

function relTokens(attributes: Record<string, string>): string[] {
  return (attributes.rel ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
}

function isScriptLink(attributes: Record<string, string>): boolean {
  const rel = relTokens(attributes);
  return rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script');
}

/** Lists what `html` loads (see PageAssets). Never throws: odd markup yields fewer entries. */
export function parsePageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], stylesheets: [], otherLinks: [], rscPayload: [], otherInlineScripts: [] };
  const add = (list: string[], url: string | undefined) => {
    if (url && !list.includes(url)) list.push(url);
  };
  for (const match of html.matchAll(SCRIPT)) {
    const open = match[0].slice(0, match[0].indexOf('>') + 1);
    const attributes = parseAttributes(open);
    if (attributes.src !== undefined) add(assets.scripts, attributes.src);
    else if ((match[1] ?? '').includes('self.__next_f')) assets.rscPayload.push(match[1] ?? '');
    else if (match[1]) assets.otherInlineScripts.push(match[1]);
  }
  for (const match of html.matchAll(LINK)) {
    const attributes = parseAttributes(match[0]);
    const rel = relTokens(attributes);
    if (isScriptLink(attributes)) add(assets.scripts, attributes.href);
    else if (rel.includes('stylesheet')) add(assets.stylesheets, attributes.href);
    else if (rel.some((r) => ['icon', 'apple-touch-icon', 'preload'].includes(r))) add(assets.otherLinks, attributes.href);
  }
  return assets;
}

/**
 * The same page without JavaScript: every `<script>` element (external, inline, the RSC payload,
 * JSON data) and every link that preloads a script removed; all other markup left byte for byte.
 */
export function stripJavaScript(html: string): string {
  return html.replace(SCRIPT, '').replace(LINK, (tag) => (isScriptLink(parseAttributes(tag)) ? '' : tag));
}

/** Same-origin references made by `url(...)` in a stylesheet (fonts, images), absolute or relative, as written. */
export function stylesheetUrls(css: string): string[] {
  const urls = new Set<string>();
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gu)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (url && !url.startsWith('//') && !url.startsWith('#') && !/^[a-z][a-z\d+.-]*:/iu.test(url)) urls.add(url);
  }
  return [...urls];
}
