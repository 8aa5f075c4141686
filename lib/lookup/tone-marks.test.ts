import { describe, expect, it } from 'vitest';
import { markSyllable, toneMarks } from './tone-marks';

describe('toneMarks', () => {
  it('puts the mark on a, else e, else the o of ou, else the last vowel', () => {
    expect(toneMarks('gong1 cheng2 shi1')).toBe('gōng chéng shī');
    expect(toneMarks('hao3 xue2 sheng1')).toBe('hǎo xué shēng');
    expect(toneMarks('dou1 gui4 liu2')).toBe('dōu guì liú');
    expect(toneMarks('xiao3 mei4')).toBe('xiǎo mèi');
  });
  it('writes ü for u: and leaves the neutral tone unmarked', () => {
    expect(toneMarks('lu:4 nu:3')).toBe('lǜ nǚ');
    expect(toneMarks('ma5')).toBe('ma');
    expect(markSyllable('r5')).toBe('r');
  });
  it('keeps capitals of proper names and tokens that are not syllables', () => {
    expect(toneMarks('Zhong1 guo2')).toBe('Zhōng guó');
    expect(toneMarks('A1 er3 ba1 ni2 ya4')).toBe('Ā ěr bā ní yà');
    expect(toneMarks('ka3 la1 O K')).toBe('kǎ lā O K');
    expect(toneMarks('· ,')).toBe('· ,');
  });
});
