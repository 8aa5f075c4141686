import { describe, expect, it } from 'vitest';
import { matchLocale } from './match-locale';

const LOCALES = ['zh', 'ko', 'ru', 'en', 'fr', 'id', 'sa', 'ja', 'de', 'pt', 'el', 'es', 'it', 'fi', 'la'];
const match = (preferred: string[]) => matchLocale(preferred, LOCALES, 'fr');

describe('matchLocale', () => {
  it('takes an exact tag', () => {
    expect(match(['de'])).toBe('de');
  });

  it('ignores case', () => {
    expect(match(['EN'])).toBe('en');
  });

  it('falls back from a region or script to the language', () => {
    expect(match(['en-US'])).toBe('en');
    expect(match(['pt-BR'])).toBe('pt');
  });

  it('sends every Chinese variant to zh', () => {
    for (const tag of ['zh-CN', 'zh-TW', 'zh-Hant-HK', 'zh-Hans']) expect(match([tag]), tag).toBe('zh');
  });

  it('follows the browser order: the first language that fits wins', () => {
    expect(match(['nl-NL', 'ja', 'en'])).toBe('ja');
    expect(match(['en-GB', 'de'])).toBe('en');
  });

  it('prefers an exact locale to a prefix match of the same tag', () => {
    expect(matchLocale(['pt-BR'], ['pt', 'pt-BR'], 'fr')).toBe('pt-BR');
  });

  it('falls back to the default when nothing fits or the list is empty', () => {
    expect(match(['nl', 'tr-TR', 'xx'])).toBe('fr');
    expect(match([])).toBe('fr');
    expect(match(['', '*'])).toBe('fr');
  });

  it('does not match a language by a longer code that merely starts with it', () => {
    expect(match(['enx', 'dee'])).toBe('fr');
  });
});
