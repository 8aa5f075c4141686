import { describe, expect, it } from 'vitest';
import { assertComplete, expectedFiles, planCopies } from './plan';

describe('planCopies', () => {
  it('copies pages as they are and route bodies without .body', () => {
    expect(planCopies(['en.html', 'en/a.html', 'en/a/zh.html', 'sitemap.xml.body', 'data/a/zh.json.body', 'icon.svg.body'])).toEqual([
      { from: 'data/a/zh.json.body', to: 'data/a/zh.json' },
      { from: 'en.html', to: 'en.html' },
      { from: 'en/a.html', to: 'en/a.html' },
      { from: 'en/a/zh.html', to: 'en/a/zh.html' },
      { from: 'icon.svg.body', to: 'icon.svg' },
      { from: 'sitemap.xml.body', to: 'sitemap.xml' },
    ]);
  });

  it('leaves out RSC payloads, metadata, segment folders and internal pages', () => {
    expect(
      planCopies([
        'en.rsc',
        'en.meta',
        'en.segments/_tree.segment.rsc',
        'en/a.segments/x.html',
        '_not-found.html',
        '_global-error.html',
        'sitemap.xml.meta',
        '[locale]/page.html',
      ]),
    ).toEqual([]);
  });
});

describe('expectedFiles', () => {
  const files = expectedFiles({
    locales: ['en', 'fr'],
    secondLanguages: ['en', 'zh'],
    articles: [{ slug: 'a', translations: ['en'] }],
  });

  it('lists each locale index, 404 page and reader pages', () => {
    for (const f of ['en.html', 'en/404.html', 'en/a.html', 'en/a/en.html', 'en/a/zh.html', 'fr.html', 'fr/a/zh.html'])
      expect(files).toContain(f);
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(2 * (1 + 1 + 1 + 2));
  });

  it('lists the data file of each translation and the site files', () => {
    expect(files).toContain('data/a/en.json');
    expect(files).not.toContain('data/a/zh.json');
    for (const f of ['sitemap.xml', 'robots.txt', 'icon.svg']) expect(files).toContain(f);
  });
});

describe('assertComplete', () => {
  const steps = planCopies(['en.html', 'en/a.html']);

  it('passes when everything expected is planned', () => {
    expect(() => assertComplete(steps, ['en.html', 'en/a.html'])).not.toThrow();
  });

  it('names the missing files and the number of pages found', () => {
    expect(() => assertComplete(steps, ['en.html', 'en/b.html', 'fr.html'])).toThrow(
      /2 expected file\(s\) missing .*found 2 pages.*en\/b\.html, fr\.html/u,
    );
  });
});
