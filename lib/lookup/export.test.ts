import { describe, expect, it } from 'vitest';
import { ankiField, csvField, toAnkiTsv, toCsv } from './export';
import type { SavedItem } from './saved';

const base = { lang: 'fr', counterpartLang: 'zh-Hans', slug: 'a', pair: 'p-2', savedAt: '2026-01-01T00:00:00.000Z' };
const nasty: SavedItem = {
  ...base,
  kind: 'word',
  text: 'ingénieur',
  context: 'Il a dit : « oui, "vraiment" »\npuis\tpartit.',
  counterpart: '他说："是的，真的"',
};
const chinese: SavedItem = {
  ...base,
  kind: 'word',
  lang: 'zh-Hans',
  counterpartLang: 'fr',
  text: '工程师',
  pinyin: 'gōng chéng shī',
  glosses: ['engineer', 'engineer, technician'],
  context: '硅谷的工程师。',
  counterpart: 'Les ingénieurs.',
};

describe('csv', () => {
  it('quotes only fields with quotes, commas or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });
  it('writes a header row and one CRLF-terminated record per item', () => {
    const csv = toCsv([nasty, chinese]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('text,kind,language,pinyin,glosses,context,counterpart,counterpart language,article,pair,saved');
    expect(csv).toContain(
      'ingénieur,word,fr,,,"Il a dit : « oui, ""vraiment"" »\npuis\tpartit.","他说：""是的，真的""",zh-Hans,a,p-2,2026-01-01T00:00:00.000Z\r\n',
    );
    expect(csv).toContain('工程师,word,zh-Hans,gōng chéng shī,"engineer; engineer, technician",硅谷的工程师。,Les ingénieurs.,fr,a,p-2,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('anki tsv', () => {
  it('keeps each field on one line, without tabs, quoting quotes', () => {
    expect(ankiField('a\tb\r\nc')).toBe('a b c');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
  });
  it('writes the header lines and one note per item: front, back, context', () => {
    const sentence: SavedItem = { ...base, kind: 'sentence', text: 'Une phrase.', context: 'Une phrase.', counterpart: '一句话。' };
    const lines = toAnkiTsv([chinese, nasty, sentence]).split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tContext']);
    expect(lines[3]).toBe('工程师\tgōng chéng shī — engineer; engineer, technician\t硅谷的工程师。 / Les ingénieurs.');
    expect(lines[4]).toBe('ingénieur\t"他说：""是的，真的"""\t"Il a dit : « oui, ""vraiment"" » puis partit."');
    expect(lines[5]).toBe('Une phrase.\t一句话。\t');
    expect(lines).toHaveLength(7);
    for (const line of lines.slice(3, 6)) expect(line.split('\t')).toHaveLength(3);
  });
});
