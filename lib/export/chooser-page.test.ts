import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooserScript, escapeHtml, renderChooserPage, type ChooserEntry } from './chooser-page';

const ENTRIES: ChooserEntry[] = [
  { locale: 'zh', tag: 'zh-Hans', name: '中文', description: '以中文界面阅读文章' },
  { locale: 'en', tag: 'en', name: 'English', description: 'Read with <the> interface in "English"' },
  { locale: 'fr', tag: 'fr', name: 'Français', description: "Lire avec l'interface en français" },
];

/** Runs the chooser script with a fake navigator and returns where it sent the browser. */
function destination(languages: string[] | undefined, language = ''): string[] {
  const replaced: string[] = [];
  runInNewContext(chooserScript(['zh', 'en', 'fr'], 'fr'), {
    navigator: { languages, language },
    location: { replace: (to: string) => replaced.push(to) },
  });
  return replaced;
}

describe('chooserScript', () => {
  it('goes to the best locale for navigator.languages, once', () => {
    expect(destination(['zh-CN', 'en'])).toEqual(['/zh']);
    expect(destination(['en-US'])).toEqual(['/en']);
    expect(destination(['nl'])).toEqual(['/fr']);
  });

  it('uses navigator.language when the list is missing or empty', () => {
    expect(destination(undefined, 'en-GB')).toEqual(['/en']);
    expect(destination([], 'zh-TW')).toEqual(['/zh']);
    expect(destination(undefined)).toEqual(['/fr']);
  });

  it('cannot be closed early by a locale list', () => {
    expect(chooserScript(['</script>'], 'fr')).not.toContain('</script>');
  });
});

describe('renderChooserPage', () => {
  const html = renderChooserPage({
    entries: ENTRIES,
    defaultLocale: 'fr',
    title: 'Choisissez votre langue',
    siteName: 'Lecteur',
    stylesheet: '/chooser.css',
  });

  it('lists one link per locale, named in its own language', () => {
    const links = [...html.matchAll(/<li lang="([^"]+)"><a href="([^"]+)" hreflang="([^"]+)">([^<]+)<\/a>/gu)].map((m) => m.slice(1));
    expect(links).toEqual([
      ['zh-Hans', '/zh', 'zh-Hans', '中文'],
      ['en', '/en', 'en', 'English'],
      ['fr', '/fr', 'fr', 'Français'],
    ]);
  });

  it('is in the default locale, with its title and stylesheet', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/u);
    expect(html).toContain('<title>Choisissez votre langue — Lecteur</title>');
    expect(html).toContain('<h1>Choisissez votre langue</h1>');
    expect(html).toContain('<link rel="stylesheet" href="/chooser.css">');
  });

  it('escapes the text it is given', () => {
    expect(html).toContain('Read with &#60;the&#62; interface in &#34;English&#34;');
    expect(escapeHtml(`<a href="x">'&`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;');
  });
});
