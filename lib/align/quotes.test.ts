import { describe, expect, it } from 'vitest';
import { findQuoteMarks, findQuoteSpans } from './quotes';

const roles = (text: string, lang: string) => findQuoteMarks(text, lang).map((m) => `${m.char}${m.role === 'open' ? '+' : '-'}`);

describe('findQuoteMarks', () => {
  it('knows the marks that open and close', () => {
    expect(roles('« a » “b” 「c」', 'fr')).toEqual(['«+', '»-', '“+', '”-', '「+', '」-']);
  });

  it('reads German „…“, where “ closes', () => {
    expect(roles('„Das ist gut.“', 'de')).toEqual(['„+', '“-']);
  });

  it('reads straight quotes from their neighbours', () => {
    expect(roles('il dit "oui" puis "non", fin', 'fr')).toEqual(['"+', '"-', '"+', '"-']);
    expect(roles('autonome. "', 'fr')).toEqual(['"-']);
    expect(roles('attentes. "Si nous', 'fr')).toEqual(['"+']);
  });

  it('falls back on parity between two letters (Chinese)', () => {
    expect(roles('他说。"这是对的。"他说。', 'zh')).toEqual(['"+', '"-']);
  });

  it('reads Finnish ” ” like straight quotes', () => {
    expect(roles('hän sanoi ”kyllä” ja lähti', 'fi')).toEqual(['”+', '”-']);
  });

  it('ignores apostrophes', () => {
    expect(roles("l’IA d'abord", 'fr')).toEqual([]);
  });
});

describe('findQuoteSpans', () => {
  it('pairs nested quotations', () => {
    const text = '« il a dit "oui" hier »';
    expect(findQuoteSpans(findQuoteMarks(text, 'fr'))).toEqual([
      { open: 0, close: text.length - 1 },
      { open: text.indexOf('"'), close: text.lastIndexOf('"') },
    ]);
  });

  it('ignores a closer that matches no opener', () => {
    expect(findQuoteSpans(findQuoteMarks('« a, b. "', 'fr'))).toEqual([]);
  });
});
