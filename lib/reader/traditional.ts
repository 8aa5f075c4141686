/**
 * Traditional characters for the Chinese column, computed at build with opencc-js (Taiwan
 * standard), so that no converter ships to the browser.
 */
import { Converter, type ConverterFunction } from 'opencc-js';
import type { PinyinRun } from './pinyin';

/** A run of Chinese text, with its Traditional form when that differs. */
export type ScriptRun = PinyinRun & { traditional?: string };

let converter: ConverterFunction | undefined;

/** Simplified → Traditional (Taiwan standard, character for character). */
export function toTraditional(text: string): string {
  converter ??= Converter({ from: 'cn', to: 'tw' });
  return converter(text);
}

/**
 * Adds to each run its Traditional form where it differs. The whole text is converted at once
 * (so that one-to-many characters are read in context), then cut back into the runs; the
 * reading of each run stays, since the conversion keeps every character's sound.
 */
export function withTraditional(runs: PinyinRun[], convert: (text: string) => string = toTraditional): ScriptRun[] {
  const chars = [...convert(runs.map((r) => r.text).join(''))];
  const total = runs.reduce((n, r) => n + [...r.text].length, 0);
  let at = 0;
  return runs.map((run) => {
    const length = [...run.text].length;
    // A conversion that changed the length cannot be cut back: convert the run on its own.
    const traditional = chars.length === total ? chars.slice(at, at + length).join('') : convert(run.text);
    at += length;
    return traditional === run.text ? run : { ...run, traditional };
  });
}
