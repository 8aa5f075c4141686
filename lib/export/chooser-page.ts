/**
 * The static export's `/`: a page that sends the browser to its best locale (no server can read
 * Accept-Language there) and lists every locale as a plain link for readers without JavaScript.
 */
import { matchLocale } from './match-locale';

export interface ChooserEntry {
  locale: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** The locale's name in its own language. */
  name: string;
  /** One line in that language saying what the link opens. */
  description: string;
}

export interface ChooserPageOptions {
  entries: readonly ChooserEntry[];
  defaultLocale: string;
  /** Heading and title, in the default locale (the page's own language). */
  title: string;
  siteName: string;
  /** Path of the page's stylesheet (inline styles are refused by the CSP). */
  stylesheet: string;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The inline script: matchLocale's own source, run on navigator.languages, then location.replace
 * (so `/` does not stay in the history). JSON.stringify of strings is safe in a script except for
 * `</`, which is escaped.
 */
export function chooserScript(locales: readonly string[], defaultLocale: string): string {
  const data = JSON.stringify({ locales, fallback: defaultLocale }).replace(/</gu, '\\u003c');
  return [
    '(function () {',
    `  var config = ${data};`,
    `  var matchLocale = ${matchLocale.toString()};`,
    '  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];',
    '  location.replace("/" + matchLocale(preferred, config.locales, config.fallback));',
    '})();',
  ].join('\n');
}

/** The whole `index.html`. */
export function renderChooserPage(options: ChooserPageOptions): string {
  const { entries, defaultLocale, title, siteName, stylesheet } = options;
  const tagOf = entries.find((e) => e.locale === defaultLocale)?.tag ?? defaultLocale;
  const items = entries
    .map(
      (e) =>
        `      <li lang="${escapeHtml(e.tag)}"><a href="/${escapeHtml(e.locale)}" hreflang="${escapeHtml(e.tag)}">${escapeHtml(e.name)}</a>` +
        `<span>${escapeHtml(e.description)}</span></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(tagOf)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(`${title} — ${siteName}`)}</title>
    <link rel="icon" href="/icon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="${escapeHtml(stylesheet)}">
    <script>
${chooserScript(
  entries.map((e) => e.locale),
  defaultLocale,
)}
    </script>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      <ul>
${items}
      </ul>
    </main>
  </body>
</html>
`;
}

/** The chooser's stylesheet: readable in light and dark mode, one column of links. */
export const CHOOSER_CSS = `body { margin: 0; font-family: system-ui, sans-serif; background: #fafaf9; color: #1c1917; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
h1 { font-size: 1.875rem; font-weight: 600; }
ul { list-style: none; padding: 0; margin: 2rem 0 0; }
li { padding: 0.5rem 0; border-bottom: 1px solid #e7e5e4; }
a { font-size: 1.125rem; font-weight: 600; color: #92400e; }
span { display: block; font-size: 0.875rem; color: #57534e; }
@media (prefers-color-scheme: dark) {
  body { background: #0c0a09; color: #f5f5f4; }
  li { border-color: #44403c; }
  a { color: #fcd34d; }
  span { color: #a8a29e; }
}
`;
