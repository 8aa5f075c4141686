import { describe, expect, it } from 'vitest';
import { classifyPath, isSecondLanguage, SECOND_LANGUAGES } from './routes';

const SLUGS = new Set(['an-article']);
const kind = (path: string) => classifyPath(path, SLUGS);

describe('classifyPath', () => {
  it('knows the article lists', () => {
    expect(kind('/de')).toEqual({ kind: 'index', locale: 'de' });
  });

  it('knows the reader pages, with or without a second language', () => {
    expect(kind('/de/an-article')).toEqual({ kind: 'reader', locale: 'de' });
    expect(kind('/de/an-article/zh')).toEqual({ kind: 'reader', locale: 'de' });
  });

  it('calls an unknown slug, second language or deeper path missing, in the locale', () => {
    expect(kind('/de/no-such-article')).toEqual({ kind: 'missing', locale: 'de' });
    expect(kind('/en/an-article/xx')).toEqual({ kind: 'missing', locale: 'en' });
    expect(kind('/en/an-article/fr')).toEqual({ kind: 'missing', locale: 'en' });
    expect(kind('/en/an-article/zh/more')).toEqual({ kind: 'missing', locale: 'en' });
    expect(kind('/fr/..%2f..%2fetc%2fpasswd')).toEqual({ kind: 'missing', locale: 'fr' });
    expect(kind('/ja/404')).toEqual({ kind: 'missing', locale: 'ja' });
  });

  it('leaves what it does not own to the router', () => {
    expect(kind('/')).toEqual({ kind: 'other' });
    expect(kind('/xx/whatever')).toEqual({ kind: 'other' });
    expect(kind('/de/')).toEqual({ kind: 'other' });
    expect(kind('/de/an-article/')).toEqual({ kind: 'other' });
  });
});

describe('isSecondLanguage', () => {
  it('accepts every locale but the source language', () => {
    expect(SECOND_LANGUAGES).toHaveLength(14);
    expect(isSecondLanguage('zh')).toBe(true);
    expect(isSecondLanguage('fr')).toBe(false);
    expect(isSecondLanguage('xx')).toBe(false);
  });
});
