/**
 * npm run export [-- --build] — writes out/, a folder any static host can serve: every prerendered
 * page of the production build with clean-URL names, the assets, the data files, sitemap, robots,
 * icon, a 404 page, a locale chooser at `/`, and the security headers (`_headers`, `serve.json`).
 * Reuses .next; builds only when there is none or `--build` is given.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANG_TAGS, LOCALE_NAMES, routing } from '../i18n/routing';
import { articleSlugs, SOURCE_LANGUAGE } from '../lib/content/paths';
import { CHOOSER_CSS, renderChooserPage } from '../lib/export/chooser-page';
import { EXPORT_HEADER_RULES, formatHeadersFile } from '../lib/export/headers-file';
import { assertComplete, expectedFiles, planCopies } from '../lib/export/plan';
import { serveConfig } from '../lib/export/serve-config';
import { SECOND_LANGUAGES } from '../lib/reader/routes';
import { buildState, nextBuild } from './build-state.mjs';

const root = path.resolve(import.meta.dirname, '..');
const appDir = path.join(root, '.next', 'server', 'app');
const out = path.join(root, 'out');

/** Every file under a folder, as POSIX paths relative to it. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Makes sure .next holds a build, building when asked or when there is none; warns when it is stale. */
function ensureBuild(force: boolean): void {
  const state = buildState(root);
  if (force || !state.built) {
    console.log(force ? 'Building (--build)…' : 'No production build (.next) yet: building…');
    const status = nextBuild(root);
    if (status !== 0) throw new Error(`export: next build failed (exit code ${status})`);
  } else if (state.changed.length > 0) {
    console.warn(
      `warning: the build in .next is older than ${state.changed.join(', ')}; exporting it anyway (npm run export -- --build rebuilds first)`,
    );
  }
}

/** The translations of each article, from the content folder's file names (nothing is parsed). */
function articles(): { slug: string; translations: string[] }[] {
  return [...articleSlugs(root)].map((slug) => ({
    slug,
    translations: readdirSync(path.join(root, 'content', 'articles', slug))
      .filter((f) => f.endsWith('.md') && f !== `${SOURCE_LANGUAGE}.md`)
      .map((f) => f.slice(0, -'.md'.length)),
  }));
}

/** The chooser at `/`, in the default locale, listing every locale in its own language. */
function chooserPage(): string {
  const messages = (locale: string) => JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8'));
  const own = messages(routing.defaultLocale);
  return renderChooserPage({
    entries: routing.locales.map((locale) => ({
      locale,
      tag: LANG_TAGS[locale],
      name: LOCALE_NAMES[locale],
      description: String(messages(locale).Chooser.description),
    })),
    defaultLocale: routing.defaultLocale,
    title: String(own.Chooser.title),
    siteName: String(own.Metadata.siteName),
    stylesheet: '/chooser.css',
  });
}

function main(): void {
  ensureBuild(process.argv.includes('--build'));
  if (!existsSync(appDir)) throw new Error(`export: ${path.relative(root, appDir)} is missing: the build did not finish`);
  const steps = planCopies(walk(appDir));
  assertComplete(steps, expectedFiles({ locales: routing.locales, secondLanguages: SECOND_LANGUAGES, articles: articles() }));

  rmSync(out, { recursive: true, force: true });
  for (const { from, to } of steps) {
    mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
    cpSync(path.join(appDir, from), path.join(out, to));
  }
  cpSync(path.join(root, '.next', 'static'), path.join(out, '_next', 'static'), { recursive: true });
  // Hosts with a single 404 page get the default locale's.
  cpSync(path.join(out, routing.defaultLocale, '404.html'), path.join(out, '404.html'));
  writeFileSync(path.join(out, 'index.html'), chooserPage());
  writeFileSync(path.join(out, 'chooser.css'), CHOOSER_CSS);
  writeFileSync(path.join(out, '_headers'), formatHeadersFile(EXPORT_HEADER_RULES));
  writeFileSync(path.join(out, 'serve.json'), `${JSON.stringify(serveConfig(EXPORT_HEADER_RULES), null, 2)}\n`);

  const files = walk(out);
  const bytes = (list: string[]) => list.reduce((sum, f) => sum + statSync(path.join(out, f)).size, 0);
  const groups: [string, string[]][] = [
    ['pages', files.filter((f) => f.endsWith('.html'))],
    ['assets', files.filter((f) => f.startsWith('_next/'))],
    ['data', files.filter((f) => f.startsWith('data/'))],
    ['other', files.filter((f) => !f.endsWith('.html') && !f.startsWith('_next/') && !f.startsWith('data/'))],
  ];
  console.log(`Exported to ${path.relative(process.cwd(), out) || '.'}/: ${files.length} files, ${(bytes(files) / 1024).toFixed(0)} KB`);
  for (const [name, list] of groups)
    console.log(`  ${name.padEnd(7)} ${String(list.length).padStart(5)} files ${(bytes(list) / 1024).toFixed(0).padStart(8)} KB`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
