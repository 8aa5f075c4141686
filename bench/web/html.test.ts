import { describe, expect, it } from 'vitest';
import { parseAttributes, parsePageAssets, stripJavaScript, stylesheetUrls } from './html';

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/mod.js">',
  '<link rel="icon" href="/icon.svg?abc" type="image/svg+xml"/>',
  '<link rel="alternate" hreflang="fr" href="/fr/x"/>',
  '<script src="/_next/static/chunks/webpack.js" async=""></script>',
  '<script src="/_next/static/chunks/main.js?dpl=1&amp;v=2" async></script>',
  '<script>document.documentElement.dataset.pinyin="on"</script>',
  '</head><body><p>Bonjour</p>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"Bonjour"])</script>',
  '</body></html>',
].join('');

describe('parseAttributes', () => {
  it('reads quoted, unquoted and bare attributes and decodes entities', () => {
    expect(parseAttributes(`<script src="/a.js?x=1&amp;y=2" async data-n=3 type='module'>`)).toEqual({
      src: '/a.js?x=1&y=2',
      async: '',
      'data-n': '3',
      type: 'module',
    });
  });
});

describe('parsePageAssets', () => {
  it('lists scripts and script preloads once each, stylesheets, icons and the inline scripts', () => {
    expect(parsePageAssets(PAGE)).toEqual({
      scripts: ['/_next/static/chunks/webpack.js', '/_next/static/chunks/main.js?dpl=1&v=2', '/_next/static/chunks/mod.js'],
      stylesheets: ['/_next/static/chunks/a.css'],
      otherLinks: ['/icon.svg?abc'],
      rscPayload: ['(self.__next_f=self.__next_f||[]).push([0])', 'self.__next_f.push([1,"Bonjour"])'],
      otherInlineScripts: ['document.documentElement.dataset.pinyin="on"'],
    });
  });

  it('finds nothing in a page without assets', () => {
    expect(parsePageAssets('<p>plain</p>')).toEqual({
      scripts: [],
      stylesheets: [],
      otherLinks: [],
      rscPayload: [],
      otherInlineScripts: [],
    });
  });
});

describe('stripJavaScript', () => {
  it('removes every script and script preload and keeps the rest byte for byte', () => {
    expect(stripJavaScript(PAGE)).toBe(
      [
        '<!DOCTYPE html><html lang="en"><head>',
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
        '<link rel="icon" href="/icon.svg?abc" type="image/svg+xml"/>',
        '<link rel="alternate" hreflang="fr" href="/fr/x"/>',
        '</head><body><p>Bonjour</p>',
        '</body></html>',
      ].join(''),
    );
  });

  it('leaves a stripped page with no JavaScript to find', () => {
    const assets = parsePageAssets(stripJavaScript(PAGE));
    expect([assets.scripts, assets.rscPayload, assets.otherInlineScripts]).toEqual([[], [], []]);
  });
});

describe('stylesheetUrls', () => {
  it('keeps same-origin paths in any quoting and skips data:, external and protocol-relative URLs', () => {
    const css = `@font-face{src:url(/_next/static/media/f.woff2) format("woff2"),url('/m/g.woff'),url(../media/h.woff2)}a{background:url("data:image/png;base64,AA")}b{background:url(https://x.org/i.png)}c{background:url(//cdn/i.png)}`;
    expect(stylesheetUrls(css)).toEqual(['/_next/static/media/f.woff2', '/m/g.woff', '../media/h.woff2']);
  });
});
