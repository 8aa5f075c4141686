import { describe, expect, it } from 'vitest';
import { interleaveByBead, parseLangTag, parseRate, pickVoice, readingQueue } from './speech';

const voice = (lang: string, more: { default?: boolean; localService?: boolean; name?: string } = {}) => ({ lang, name: lang, ...more });

describe('parseLangTag', () => {
  it('reads language and region from page tags and from the ways systems write voice languages', () => {
    expect(parseLangTag('fr')).toEqual({ language: 'fr', region: null });
    expect(parseLangTag('fr-CA')).toEqual({ language: 'fr', region: 'CA' });
    expect(parseLangTag('zh_CN')).toEqual({ language: 'zh', region: 'CN' });
    expect(parseLangTag('es-419')).toEqual({ language: 'es', region: '419' });
  });

  it('gives Chinese scripts their region and treats Mandarin (cmn) as Chinese', () => {
    expect(parseLangTag('zh-Hans')).toEqual({ language: 'zh', region: 'CN' });
    expect(parseLangTag('zh-Hant')).toEqual({ language: 'zh', region: 'TW' });
    expect(parseLangTag('cmn-Hans-CN')).toEqual({ language: 'zh', region: 'CN' });
  });
});

describe('pickVoice', () => {
  const voices = [voice('en-GB'), voice('en-US'), voice('fr-CA'), voice('fr-FR'), voice('zh-TW'), voice('zh-CN'), voice('de')];

  it('prefers the region of the tag, then the usual region of the language', () => {
    expect(pickVoice(voices, 'zh-Hans')?.lang).toBe('zh-CN');
    expect(pickVoice(voices, 'zh-Hant')?.lang).toBe('zh-TW');
    expect(pickVoice(voices, 'fr')?.lang).toBe('fr-FR');
    expect(pickVoice(voices, 'fr-CA')?.lang).toBe('fr-CA');
    expect(pickVoice(voices, 'en')?.lang).toBe('en-US');
  });

  it('falls back on any voice of the language, a region-less one first', () => {
    expect(pickVoice([voice('fr-CA'), voice('fr-BE')], 'fr')?.lang).toBe('fr-CA');
    expect(pickVoice([voice('de-AT'), voice('de')], 'de')?.lang).toBe('de');
    expect(pickVoice([voice('cmn-Hans-CN')], 'zh-Hans')?.lang).toBe('cmn-Hans-CN');
    expect(pickVoice([voice('pt_BR')], 'pt')?.lang).toBe('pt_BR');
  });

  it('breaks ties with the default voice, then a local one', () => {
    expect(pickVoice([voice('fr-FR', { name: 'a' }), voice('fr-FR', { name: 'b', default: true })], 'fr')?.name).toBe('b');
    expect(pickVoice([voice('fr-FR', { name: 'a' }), voice('fr-FR', { name: 'b', localService: true })], 'fr')?.name).toBe('b');
    expect(pickVoice([voice('fr-FR', { name: 'a' }), voice('fr-FR', { name: 'b' })], 'fr')?.name).toBe('a');
  });

  it('never picks a voice of another language', () => {
    expect(pickVoice(voices, 'sa')).toBeNull();
    expect(pickVoice([voice('hi-IN'), voice('ne-NP')], 'sa')).toBeNull();
    expect(pickVoice(voices, 'la')).toBeNull();
    expect(pickVoice([], 'fr')).toBeNull();
    expect(pickVoice(voices, '')).toBeNull();
  });
});

const s = (id: string, bead: string) => ({ id, bead });

describe('interleaveByBead', () => {
  it('reads each bead of the first column, then its counterparts', () => {
    const first = [s('F0', '1.1'), s('F1', '1.2'), s('F2', '1.2'), s('F3', '1.3')];
    const second = [s('T0', '1.1'), s('T1', '1.1'), s('T2', '1.2'), s('T3', '1.3')];
    expect(interleaveByBead(first, second).map((x) => x.id)).toEqual(['F0', 'T0', 'T1', 'F1', 'F2', 'T2', 'F3', 'T3']);
  });

  it('reads sentences without counterpart where they stand', () => {
    const first = [s('F0', '1.1'), s('F1', '1.2'), s('F2', '1.3')];
    const second = [s('T0', '1.0'), s('T1', '1.1'), s('T2', '1.4'), s('T3', '1.3')];
    expect(interleaveByBead(first, second).map((x) => x.id)).toEqual(['F0', 'T0', 'T1', 'T2', 'F1', 'F2', 'T3']);
  });

  it('reads every sentence once even when beads cross', () => {
    const first = [s('F0', 'a'), s('F1', 'b')];
    const second = [s('T0', 'b'), s('T1', 'a')];
    expect(interleaveByBead(first, second).map((x) => x.id)).toEqual(['F0', 'T1', 'F1', 'T0']);
    expect(interleaveByBead([], second).map((x) => x.id)).toEqual(['T0', 'T1']);
  });
});

describe('readingQueue', () => {
  const pair = { source: [s('F0', '2.1'), s('F1', '2.2')], target: [s('T0', '2.1'), s('T1', '2.2'), s('T2', '2.2')] };
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('reads a block, a pair or a sentence as such', () => {
    expect(ids(readingQueue(pair, { kind: 'block', column: 'target' }, false))).toEqual(['T0', 'T1', 'T2']);
    expect(ids(readingQueue(pair, { kind: 'pair' }, false))).toEqual(['F0', 'F1', 'T0', 'T1', 'T2']);
    expect(ids(readingQueue(pair, { kind: 'sentence', column: 'target', index: 1 }, false))).toEqual(['T1']);
    expect(readingQueue(pair, { kind: 'sentence', column: 'source', index: 7 }, false)).toEqual([]);
  });

  it('with "read both", interleaves the pair, or the sentence’s bead', () => {
    const both = ['F0', 'T0', 'F1', 'T1', 'T2'];
    expect(ids(readingQueue(pair, { kind: 'block', column: 'target' }, true))).toEqual(both);
    expect(ids(readingQueue(pair, { kind: 'pair' }, true))).toEqual(both);
    expect(ids(readingQueue(pair, { kind: 'sentence', column: 'target', index: 2 }, true))).toEqual(['F1', 'T1', 'T2']);
  });
});

describe('parseRate', () => {
  it('keeps a speed offered and falls back on 1 otherwise', () => {
    expect(parseRate('1.25')).toBe(1.25);
    expect(parseRate('0.5')).toBe(0.5);
    expect(parseRate(null)).toBe(1);
    expect(parseRate('3')).toBe(1);
    expect(parseRate('fast')).toBe(1);
  });
});
