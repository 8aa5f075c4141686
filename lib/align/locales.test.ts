import { describe, expect, it } from 'vitest';
import { ALIGN_LOCALES, isAlignLocale } from './locales';

describe('locales', () => {
  it('accepts exactly the 15 site locales', () => {
    expect([...ALIGN_LOCALES].sort()).toEqual(['de', 'el', 'en', 'es', 'fi', 'fr', 'id', 'it', 'ja', 'ko', 'la', 'pt', 'ru', 'sa', 'zh']);
    expect(isAlignLocale('fr')).toBe(true);
    expect(isAlignLocale('FR')).toBe(false);
    expect(isAlignLocale('zh-CN')).toBe(false);
    expect(isAlignLocale('xx')).toBe(false);
  });
});
