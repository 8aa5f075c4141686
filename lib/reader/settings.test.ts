import { describe, expect, it } from 'vitest';
import { flagKey, READER_FLAGS, SETTINGS_SCRIPT } from './settings';

/** Runs the script against a stand-in document and storage; returns <html>'s dataset. */
function run(stored: Record<string, string>, storage: 'ok' | 'throws' = 'ok') {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storage === 'throws') throw new Error('SecurityError');
      return stored[key] ?? null;
    },
  };
  new Function('localStorage', 'document', SETTINGS_SCRIPT)(localStorage, { documentElement: { dataset } });
  return dataset;
}

describe('SETTINGS_SCRIPT', () => {
  it('turns on every setting saved as on, and only those', () => {
    expect(run({ 'reader.pinyin': 'on', 'reader.hide': 'off', 'reader.traditional': 'on' })).toEqual({
      pinyin: 'on',
      traditional: 'on',
    });
    expect(run({ 'reader.hide': 'on' })).toEqual({ hide: 'on' });
  });

  it('leaves the defaults when nothing is saved or storage is unavailable', () => {
    expect(run({})).toEqual({});
    expect(run({ 'reader.pinyin': 'on' }, 'throws')).toEqual({});
  });

  it('applies every setting the toggles write, by the keys they write', () => {
    const all = Object.fromEntries(READER_FLAGS.map((f) => [flagKey(f), 'on']));
    expect(Object.keys(run(all)).sort()).toEqual([...READER_FLAGS].sort());
    expect(READER_FLAGS.map(flagKey)).toEqual(['reader.pinyin', 'reader.hide', 'reader.traditional']);
    expect(SETTINGS_SCRIPT.length).toBeLessThan(160);
  });
});
