import { describe, expect, it } from 'vitest';
import { chineseMarkup, escapeHtml } from './chinese-markup';

/** The text a reader sees with the given script, tags removed. */
const visible = (html: string, hide: 'hans' | 'hant') =>
  html
    .replace(/<rt>[^<]*<\/rt>/g, '')
    .replace(new RegExp(`<span class="${hide}"[^>]*>[^<]*</span>`, 'g'), '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('chineseMarkup', () => {
  it('puts each character in <ruby> with its reading in context', () => {
    expect(chineseMarkup('银行')).toBe(
      '<ruby><span class="hans">银</span><span class="hant" lang="zh-Hant">銀</span><rt>yín</rt></ruby><ruby>行<rt>háng</rt></ruby>',
    );
    expect(chineseMarkup('行业')).toContain('<rt>háng</rt>');
    expect(chineseMarkup('行业')).toContain('<span class="hans">业</span><span class="hant" lang="zh-Hant">業</span><rt>yè</rt>');
  });

  it('gives back the Simplified text, and the Traditional one, once the other script is hidden', () => {
    const text = '2022年，OpenAI发布了“GPT-3.5”<测试> & 银行。';
    const html = chineseMarkup(text);
    expect(visible(html, 'hant')).toBe(text);
    expect(visible(html, 'hans')).toBe('2022年，OpenAI發佈了“GPT-3.5”<測試> & 銀行。');
  });

  it('never lets text through as markup', () => {
    const html = chineseMarkup('<script>alert("x")</script>银行');
    expect(html).not.toContain('<script>');
    expect(html.startsWith('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')).toBe(true);
    expect(escapeHtml('a&b<"c">')).toBe('a&amp;b&lt;&quot;c&quot;&gt;');
  });
});
