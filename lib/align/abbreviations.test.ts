import { describe, expect, it } from 'vitest';
import { isAbbreviation } from './abbreviations';

describe('isAbbreviation', () => {
  it('knows titles per language', () => {
    expect(isAbbreviation('M.', 'fr')).toBe(true);
    expect(isAbbreviation('Mme.', 'fr')).toBe(true);
    expect(isAbbreviation('Mr.', 'en')).toBe(true);
    expect(isAbbreviation('Dr.', 'de')).toBe(true);
    expect(isAbbreviation('Mr.', 'fr')).toBe(false);
  });

  it('knows initials and dotted abbreviations', () => {
    expect(isAbbreviation('J.', 'en')).toBe(true);
    expect(isAbbreviation('U.S.', 'en')).toBe(true);
    expect(isAbbreviation('z.B.', 'de')).toBe(true);
    expect(isAbbreviation('т.е.', 'ru')).toBe(true);
  });

  it('reads through an opening bracket or quote', () => {
    expect(isAbbreviation('(M.', 'fr')).toBe(true);
  });

  it('leaves ordinary words and numbers', () => {
    expect(isAbbreviation('années.', 'fr')).toBe(false);
    expect(isAbbreviation('2022.', 'fr')).toBe(false);
    expect(isAbbreviation('etc.', 'fr')).toBe(false);
    expect(isAbbreviation('Layoffs.fyi.', 'en')).toBe(false);
  });
});
