/**
 * Pinyin for Chinese text, computed at build with pinyin-pro, which reads each character in
 * its context (行 is háng in 银行 and 行业, xíng in 行走; 长 is zhǎng in 成长, cháng in 长度).
 */
import { pinyin } from 'pinyin-pro';

/** A run of text: a Chinese character with its reading, or other text as it is. */
export type PinyinRun = { text: string; reading: string } | { text: string; reading?: undefined };

/**
 * Cuts a text into runs, one per Chinese character (with its tone-marked reading) and one per
 * stretch of other text. The runs' texts put together give the input back.
 */
export function pinyinRuns(text: string): PinyinRun[] {
  const runs: PinyinRun[] = [];
  const chars = pinyin(text, { type: 'all', toneType: 'symbol' });
  for (const c of chars) {
    const last = runs.at(-1);
    if (c.isZh && c.pinyin) runs.push({ text: c.origin, reading: c.pinyin });
    else if (last && last.reading === undefined) last.text += c.origin;
    else runs.push({ text: c.origin });
  }
  return runs;
}
